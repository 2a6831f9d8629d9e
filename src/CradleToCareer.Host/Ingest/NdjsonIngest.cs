using CradleToCareer.Domain.Access;
using System.Text.Json;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Host.Ingest;

/// <summary>
/// Streams an NDJSON body: commits it in chunks as it arrives and streams the results back in line
/// order. Each chunk is acknowledged only after its commit; re-sending a stream after a broken
/// connection is safe, since already accepted events come back as <c>duplicate</c>.
/// </summary>
public sealed class NdjsonIngest(IngestService ingest)
{
    public async Task StreamAsync(
        HttpContext context, Organization sender, JsonSerializerOptions jsonOptions, CancellationToken cancellationToken)
    {
        IngestRequestReader.LimitBody(context, IngestLimits.MaxStreamBytes);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteStartArray("results");

        var chunk = new List<NdjsonLine>(IngestLimits.StreamChunkEvents);
        await foreach (var line in NdjsonLines.ReadAsync(context.Request.BodyReader, IngestLimits.MaxLineBytes, cancellationToken))
        {
            chunk.Add(line);
            if (chunk.Count == IngestLimits.StreamChunkEvents)
            {
                await WriteChunkAsync(chunk, sender, writer, jsonOptions, cancellationToken);
            }
        }

        await WriteChunkAsync(chunk, sender, writer, jsonOptions, cancellationToken);
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    private async Task WriteChunkAsync(
        List<NdjsonLine> chunk, Organization sender, Utf8JsonWriter writer, JsonSerializerOptions jsonOptions, CancellationToken cancellationToken)
    {
        if (chunk.Count == 0)
        {
            return;
        }

        var documents = new List<JsonDocument>();
        try
        {
            var results = new EventResult?[chunk.Count];
            var events = new List<JsonElement>();
            var positions = new List<int>();
            for (var i = 0; i < chunk.Count; i++)
            {
                if (TryParse(chunk[i], out var document, out var problem))
                {
                    documents.Add(document);
                    events.Add(document.RootElement);
                    positions.Add(i);
                }
                else
                {
                    results[i] = problem;
                }
            }

            var ingested = await ingest.IngestAsync(events, sender, cancellationToken);
            for (var i = 0; i < positions.Count; i++)
            {
                results[positions[i]] = ingested[i];
            }

            foreach (var result in results)
            {
                JsonSerializer.Serialize(writer, result, jsonOptions);
            }

            await writer.FlushAsync(cancellationToken);
        }
        finally
        {
            documents.ForEach(document => document.Dispose());
            chunk.Clear();
        }
    }

    private static bool TryParse(NdjsonLine line, out JsonDocument document, out EventResult problem)
    {
        document = null!;
        problem = null!;
        if (line.Bytes is not { } bytes)
        {
            problem = Rejected(line.Number, $"is longer than {IngestLimits.MaxLineBytes:N0} bytes");
            return false;
        }

        try
        {
            document = JsonDocument.Parse(bytes);
            return true;
        }
        catch (JsonException exception)
        {
            problem = Rejected(line.Number, $"is not valid JSON (byte {exception.BytePositionInLine + 1})");
            return false;
        }
    }

    private static EventResult Rejected(int lineNumber, string what) =>
        new(null, "rejected", null, [new FieldError("", $"line {lineNumber} {what}")]);
}
