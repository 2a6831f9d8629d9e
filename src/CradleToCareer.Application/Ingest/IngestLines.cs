using System.Text.Json;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Application.Ingest;

/// <summary>
/// Ingests NDJSON lines as one batch of <see cref="IngestEvents"/>: a line that is not JSON, or was longer than the
/// line limit, is answered <c>rejected</c> with <c>"path": ""</c> and its line number; the others as the batch answers
/// them. The same for <c>POST /v1/events</c> streams and for import jobs, so both say the same of every line.
/// </summary>
public sealed class IngestLines(IngestEvents ingest)
{
    /// <summary>One result per line, in order; null when the caller's organization is unknown.</summary>
    public async Task<EventResult[]?> RunAsync(
        Caller caller, IReadOnlyList<NdjsonLine> lines, int maxLineBytes, CancellationToken cancellationToken)
    {
        var documents = new List<JsonDocument>();
        try
        {
            var results = new EventResult[lines.Count];
            var events = new List<JsonElement>();
            var positions = new List<int>();
            for (var i = 0; i < lines.Count; i++)
            {
                if (TryParse(lines[i], maxLineBytes, out var document, out var problem))
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

    /// <summary>The answer for a line that was read but not ingested.</summary>
    public static EventResult Rejected(int lineNumber, string what) =>
        EventResult.Rejected(null, [new FieldError("", $"line {lineNumber} {what}")]);

    private static bool TryParse(NdjsonLine line, int maxLineBytes, out JsonDocument document, out EventResult problem)
    {
        document = null!;
        problem = null!;
        if (line.Bytes is not { } bytes)
        {
            problem = Rejected(line.Number, $"is longer than {maxLineBytes:N0} bytes");
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
}
