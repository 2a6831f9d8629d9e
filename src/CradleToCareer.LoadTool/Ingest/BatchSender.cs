using System.Diagnostics;
using System.Net;
using System.Text.Json;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Ingest;

/// <summary>
/// POSTs one batch to <c>/v1/events</c> and records the answer; stops the run on errors no retry can fix.
/// <paramref name="onResults"/>, when given, also sees each answered batch's results (e.g. to keep per-event person ids).
/// </summary>
public sealed class BatchSender(
    HttpClient http, AccessTokenSource tokens, IngestTally tally, Action<EventBatch, IReadOnlyList<EventResult>>? onResults = null)
{
    private static readonly HttpStatusCode[] ConfigurationErrors =
    [
        HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound,
        HttpStatusCode.MethodNotAllowed, HttpStatusCode.UnsupportedMediaType,
    ];

    public IngestTally Tally => tally;

    public async Task SendAsync(EventBatch batch, CancellationToken ct)
    {
        using var request = ServiceHttp.EventBatch(batch.Body, await tokens.HeaderAsync(ct));
        tally.MarkSend();
        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (HttpRequestException e)
        {
            throw ServiceHttp.Unreachable(http.BaseAddress!, e);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            tally.RecordBatchFailure(batch, "timeout", $"no response within {http.Timeout.TotalSeconds:F0} s", null);
            return;
        }
        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            var latency = Stopwatch.GetElapsedTime(started);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                var detail = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}: {ServiceHttp.Snippet(body)}";
                tally.RecordBatchFailure(batch, $"http-{(int)response.StatusCode}", detail, latency);
                if (ConfigurationErrors.Contains(response.StatusCode))
                {
                    throw new ToolException($"POST {http.BaseAddress}v1/events was refused ({detail}). {Hint(response.StatusCode)}");
                }
                return;
            }
            try
            {
                var results = BatchResponseReader.Read(body);
                tally.RecordResults(batch, results, latency);
                onResults?.Invoke(batch, results);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
            {
                tally.RecordBatchFailure(batch, "unreadable-response", $"{e.Message}: {ServiceHttp.Snippet(body)}", latency);
            }
        }
    }

    private static string Hint(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized =>
            "Authenticate with --token, --client-id/--client-secret, or --admin-client-id/--admin-client-secret.",
        HttpStatusCode.Forbidden =>
            "The client needs the 'source' role and an organization owning the generated sources (use --admin-client-id/--admin-client-secret to register one).",
        _ => "Check --url: it should be the service's base address.",
    };
}
