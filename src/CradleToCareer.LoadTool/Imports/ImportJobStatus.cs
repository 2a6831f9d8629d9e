using System.Net;
using System.Net.Http.Headers;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Imports;

/// <summary>
/// Reads an import job's status. A service that does not answer for a while (its hosts restarting) is not the end of
/// the job, which goes on once a host is back, so following it waits through such an outage up to
/// <see cref="MaxOutage"/>.
/// </summary>
public static class ImportJobStatus
{
    public static readonly TimeSpan MaxOutage = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The job as the service reports it; null when the service could not be reached, did not answer within
    /// <paramref name="timeout"/>, or answered 502, 503 or 504. Any other answer but 200 is an error.
    /// </summary>
    public static async Task<JobState?> TryReadAsync(
        HttpClient http, AuthenticationHeaderValue? authorization, string importId, TimeSpan timeout, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v1/imports/{importId}");
        request.Headers.Authorization = authorization;
        try
        {
            using var response = await http.SendAsync(request, deadline.Token);
            var body = await response.Content.ReadAsByteArrayAsync(deadline.Token);
            return response.StatusCode switch
            {
                HttpStatusCode.OK => JobState.Parse(body),
                HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => null,
                _ => throw new ToolException($"GET /v1/imports/{importId} answered {(int)response.StatusCode}: {ServiceHttp.Snippet(body)}"),
            };
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>The job, waiting through an outage of the service (saying so once) up to <see cref="MaxOutage"/>.</summary>
    public static async Task<JobState> ReadAsync(
        HttpClient http, AccessTokenSource tokens, string importId, TimeSpan timeout, TimeSpan pause, CancellationToken ct)
    {
        var outage = System.Diagnostics.Stopwatch.StartNew();
        var said = false;
        while (true)
        {
            if (await TryHeaderAsync(tokens, ct) is (true, var header)
                && await TryReadAsync(http, header, importId, timeout, ct) is { } state)
            {
                return state;
            }

            if (outage.Elapsed > MaxOutage)
            {
                throw new ToolException(
                    $"the service has not answered for {MaxOutage.TotalMinutes:F0} minutes; the job {importId} goes on without this " +
                    $"command: follow it with GET /v1/imports/{importId}");
            }

            if (!said)
            {
                Reporting.ProgressReporter.Log($"the service does not answer; still following {importId}, which goes on once a host is back");
                said = true;
            }

            await Task.Delay(pause, ct);
        }
    }

    /// <summary>The header to send; false when a fresh token could not be had (the service out of reach).</summary>
    private static async Task<(bool Ok, AuthenticationHeaderValue? Header)> TryHeaderAsync(AccessTokenSource tokens, CancellationToken ct)
    {
        try
        {
            return (true, await tokens.HeaderAsync(ct));
        }
        catch (ToolException)
        {
            return (false, null);
        }
    }
}
