using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Application.Imports;

/// <summary>One line's result in an import's results: its line number, then what <c>POST /v1/events</c> answers for it.</summary>
public sealed record ImportLineResult(
    long Line,
    string? Id,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PersonId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<FieldError>? Errors)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ImportLineResult Of(long line, EventResult result) => new(line, result.Id, result.Status, result.PersonId, result.Errors);

    /// <summary>The chunk's results as NDJSON, one line each, with their counts.</summary>
    public static ImportChunkResults Chunk(IReadOnlyList<NdjsonLine> lines, IReadOnlyList<EventResult> results)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            for (var i = 0; i < lines.Count; i++)
            {
                JsonSerializer.Serialize(writer, Of(lines[i].Number, results[i]), Json);
                writer.Flush();
                writer.Reset();
                buffer.Write("\n"u8);
            }
        }

        return new ImportChunkResults(buffer.WrittenMemory.ToArray(), ImportCounts.Of(results.Select(result => result.Status)));
    }
}
