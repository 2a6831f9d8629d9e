using System.Diagnostics;
using System.Net;
using System.Text.Json;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Ingest;

namespace CradleToCareer.LoadTool.Alerts;

/// <summary>
/// POSTs a batch to <c>/v1/events</c> until the service acknowledges it (200 with results). A connection failure, a
/// timeout, 408, 429 or a 5xx is retried after <see cref="RetryPause"/> with the same bytes, which is safe because
/// ingest is idempotent on source + id (events.md); that is how batches caught by a host kill get through. Any
/// other answer stops the run. Each acknowledged batch is counted, and handed to <paramref name="milestones"/> when the
/// run owes alerts for its milestone events; the caller gets its results too.
/// </summary>
public sealed class AckingSender(HttpClient http, AccessTokenSource tokens, IngestCounts counts, MilestoneAcks? milestones = null)
{
    public static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(250);

    /// <summary>Sends until acknowledged; returns the result of each event, in the batch's order.</summary>
    public async Task<IReadOnlyList<EventResult>> SendAsync(PlannedBatch planned, CancellationToken ct)
    {
        counts.Sent(planned.Batch.Count);
        var firstSent = Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            if (await TryAsync(planned.Batch, ct) is { } results)
            {
                var acked = Stopwatch.GetTimestamp();
                counts.Acked(results, attempt, acked);
                milestones?.Record(planned, results, attempt, firstSent, acked);
                return results;
            }
            await Task.Delay(RetryPause, ct);
        }
    }

    private async Task<IReadOnlyList<EventResult>?> TryAsync(EventBatch batch, CancellationToken ct)
    {
        using var request = ServiceHttp.EventBatch(batch.Body, await tokens.HeaderAsync(ct));
        try
        {
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return BatchResponseReader.Read(body);
            }
            if (!Retryable(response.StatusCode))
            {
                throw new ToolException(
                    $"POST /v1/events answered {(int)response.StatusCode} {response.ReasonPhrase}: {ServiceHttp.Snippet(body)}{Hint(response.StatusCode)}");
            }
            counts.AttemptFailed($"http-{(int)response.StatusCode}");
        }
        catch (HttpRequestException e)
        {
            counts.AttemptFailed($"connection ({e.HttpRequestError})");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            counts.AttemptFailed("timeout");
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            counts.AttemptFailed("unreadable answer");
        }
        return null;
    }

    private static string Hint(HttpStatusCode status) => status == HttpStatusCode.Unauthorized
        ? " (a host in embedded mode forgets its clients and keys when restarted: kill mode needs ConnectionStrings__Postgres)"
        : "";

    public static bool Retryable(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
}
