using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CradleToCareer.Application;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Domain.Events;
using CradleToCareer.Host.Access;

namespace CradleToCareer.Host.Ingest;

/// <summary>
/// Streams an NDJSON body: ingests it in chunks as it arrives and streams the results back in line
/// order. Each chunk is acknowledged only after its commit; re-sending a stream after a broken
/// connection is safe, since already accepted events come back as <c>duplicate</c>.
/// </summary>
public sealed class NdjsonIngest(IngestEvents ingest)
{
    /// <summary>
    /// The answer starts only once the first chunk is ingested, so an unknown organization still gets its 403. Should
    /// the organization vanish later, the stream is broken off: what was answered so far is committed.
    /// </summary>
    public async Task<IResult> StreamAsync(
        HttpContext context, Caller caller, JsonSerializerOptions jsonOptions, CancellationToken cancellationToken)
    {
        IngestRequestReader.LimitBody(context, IngestLimits.MaxStreamBytes);
        await using var chunks = ChunksAsync(context.Request.BodyReader, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await chunks.MoveNextAsync();
        if (await IngestChunkAsync(chunks.Current, caller, cancellationToken) is not { } firstResults)
        {
            return CallerOrganization.Unknown();
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteStartArray("results");
        await WriteAsync(writer, firstResults, jsonOptions, cancellationToken);
        while (await chunks.MoveNextAsync())
        {
            var results = await IngestChunkAsync(chunks.Current, caller, cancellationToken)
                ?? throw new InvalidOperationException("The caller's organization stopped being registered during an NDJSON stream.");
            await WriteAsync(writer, results, jsonOptions, cancellationToken);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        return TypedResults.Empty;
    }

    /// <summary>Full chunks as they fill, then the rest; an empty body is one empty chunk.</summary>
    private static async IAsyncEnumerable<List<NdjsonLine>> ChunksAsync(
        PipeReader body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunk = new List<NdjsonLine>(IngestLimits.StreamChunkEvents);
        var anyYielded = false;
        await foreach (var line in NdjsonLines.ReadAsync(body, IngestLimits.MaxLineBytes, cancellationToken))
        {
            chunk.Add(line);
            if (chunk.Count == IngestLimits.StreamChunkEvents)
            {
                yield return chunk;
                anyYielded = true;
                chunk = new List<NdjsonLine>(IngestLimits.StreamChunkEvents);
            }
        }

        if (chunk.Count > 0 || !anyYielded)
        {
            yield return chunk;
        }
    }

    /// <summary>One result per line of the chunk, in order; null when the caller's organization is unknown.</summary>
    private async Task<EventResult[]?> IngestChunkAsync(List<NdjsonLine> chunk, Caller caller, CancellationToken cancellationToken)
    {
        var documents = new List<JsonDocument>();
        try
        {
            var results = new EventResult[chunk.Count];
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

            if (await ingest.RunAsync(caller, events, cancellationToken) is not IngestOutcome.Ingested ingested)
            {
                return null;
            }

            for (var i = 0; i < positions.Count; i++)
            {
                results[positions[i]] = ingested.Results[i];
            }

            return results;
        }
        finally
        {
            documents.ForEach(document => document.Dispose());
        }
    }

    private static async Task WriteAsync(
        Utf8JsonWriter writer, EventResult[] results, JsonSerializerOptions jsonOptions, CancellationToken cancellationToken)
    {
        foreach (var result in results)
        {
            JsonSerializer.Serialize(writer, result, jsonOptions);
        }

        await writer.FlushAsync(cancellationToken);
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
        EventResult.Rejected(null, [new FieldError("", $"line {lineNumber} {what}")]);
}
