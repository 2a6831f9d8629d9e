using System.Buffers;
using System.Text.Json;
using System.Threading.Channels;
using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Ingest;

/// <summary>A serialised batch: a JSON array of CloudEvents, ready to POST.</summary>
public sealed record EventBatch(long Number, int Count, ReadOnlyMemory<byte> Body, string FirstId);

/// <summary>Serialises the generated stream into batches on a bounded channel, so only a few batches exist at once.</summary>
public static class BatchProducer
{
    public static Task StartAsync(IEnumerable<GeneratedEvent> events, int batchSize, ChannelWriter<EventBatch> writer, CancellationToken ct) =>
        Task.Run(async () =>
        {
            try
            {
                long number = 0;
                foreach (var chunk in events.Chunk(batchSize))
                {
                    await writer.WriteAsync(Serialize(++number, chunk), ct);
                }
                writer.Complete();
            }
            catch (Exception e)
            {
                writer.Complete(e is OperationCanceledException ? null : e);
            }
        }, CancellationToken.None);

    public static EventBatch Serialize(long number, IReadOnlyList<GeneratedEvent> events)
    {
        var buffer = new ArrayBufferWriter<byte>(events.Count * 768);
        using (var writer = new Utf8JsonWriter(buffer, EventJson.WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var e in events)
            {
                EventJson.Write(writer, e);
            }
            writer.WriteEndArray();
        }
        return new EventBatch(number, events.Count, buffer.WrittenMemory, events[0].Id);
    }
}
