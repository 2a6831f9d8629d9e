using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CradleToCareer.Application;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Host.Access;
using CradleToCareer.Storage.Postgres;

namespace CradleToCareer.Host.Ingest;

/// <summary>
/// Streams an NDJSON body: ingests it in chunks as it arrives and streams the results back in line
/// order. Each chunk is acknowledged only after its commit; re-sending a stream after a broken
/// connection is safe, since already accepted events come back as <c>duplicate</c>.
/// </summary>
/// <remarks>
/// Once the answer has started, its status is sent and cannot change. Should a later chunk fail (the database gone,
/// the organization no longer registered), that chunk and every line after it are answered <c>rejected</c> with
/// an error saying they were not stored and may be sent again, and the rest of the body is read but no longer
/// ingested: every line still gets its result and the answer stays one valid JSON document.
/// </remarks>
public sealed class NdjsonIngest(IngestLines lines, ILogger<NdjsonIngest> logger)
{
    /// <summary>
    /// The answer starts only once the first chunk is ingested, so an unknown organization still gets its 403, and a
    /// database out of reach from the start its 503.
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
        string? stopped = null;
        while (await chunks.MoveNextAsync())
        {
            EventResult[]? results = null;
            if (stopped is null)
            {
                (results, stopped) = await TryIngestLaterChunkAsync(chunks.Current, caller, cancellationToken);
            }

            await WriteAsync(writer, results ?? NotStored(chunks.Current, stopped!), jsonOptions, cancellationToken);
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
    private Task<EventResult[]?> IngestChunkAsync(List<NdjsonLine> chunk, Caller caller, CancellationToken cancellationToken) =>
        lines.RunAsync(caller, chunk, IngestLimits.MaxLineBytes, cancellationToken);

    private static async Task WriteAsync(
        Utf8JsonWriter writer, EventResult[] results, JsonSerializerOptions jsonOptions, CancellationToken cancellationToken)
    {
        foreach (var result in results)
        {
            JsonSerializer.Serialize(writer, result, jsonOptions);
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>A chunk after the first: its results, or why it and the rest of the stream are not stored.</summary>
    private async Task<(EventResult[]? Results, string? Stopped)> TryIngestLaterChunkAsync(
        List<NdjsonLine> chunk, Caller caller, CancellationToken cancellationToken)
    {
        try
        {
            return await IngestChunkAsync(chunk, caller, cancellationToken) is { } results
                ? (results, null)
                : (null, "the caller's organization is no longer registered");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, StopReason(exception));
        }
    }

    private string StopReason(Exception exception)
    {
        if (PostgresFailures.IsUnavailable(exception))
        {
            logger.LogWarning("The database became unreachable during an NDJSON stream: {Reason}", exception.GetType().Name);
            return "the database became unavailable";
        }

        logger.LogError(exception, "Ingesting a chunk of an NDJSON stream failed");
        return "the service failed while storing it";
    }

    private static EventResult[] NotStored(List<NdjsonLine> chunk, string reason) =>
        [.. chunk.Select(line => IngestLines.Rejected(
            line.Number, $"was not stored: {reason}; send it again (events already accepted come back as duplicate)"))];
}
