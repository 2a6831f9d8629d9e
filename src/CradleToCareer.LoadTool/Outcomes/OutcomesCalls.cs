using System.Diagnostics;
using System.Globalization;
using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// One answer of an outcomes route: its status (<c>"200"</c>, <c>"429"</c>, ..., or <c>"timeout"</c> /
/// <c>"error: ..."</c> without one), its body, when it was sent and when its last byte arrived (Stopwatch
/// timestamps), and the wait a 429's <c>Retry-After</c> asked for.
/// </summary>
public sealed record OutcomesAnswer(string Status, byte[] Body, long Sent, long Answered, TimeSpan? RetryAfter)
{
    public const string Ok = "200";
    public const string Throttled = "429";

    public TimeSpan Latency => Stopwatch.GetElapsedTime(Sent, Answered);
}

/// <summary>
/// The outcomes routes of outcomes.md: an institution's figures for its staff (<paramref name="staff"/>'s token),
/// the same without a token, and the statewide figures of a cohort. Each answer is read to its last byte.
/// Institution ids (<c>cds:</c> or <c>ipeds:</c> and digits) go into the path as they are.
/// </summary>
public sealed class OutcomesCalls(HttpClient http, AccessTokenSource? staff)
{
    public static string InstitutionPath(string institutionId) => $"v1/institutions/{institutionId}/outcomes";

    public static string PublicInstitutionPath(string institutionId) => $"v1/public/institutions/{institutionId}/outcomes";

    public static string StatewidePath(string cohort) => $"v1/public/outcomes?cohort={Uri.EscapeDataString(cohort)}";

    public Task<OutcomesAnswer> StaffAsync(string institutionId, CancellationToken ct) => GetAsync(InstitutionPath(institutionId), staff, ct);

    public Task<OutcomesAnswer> PublicAsync(string institutionId, CancellationToken ct) => GetAsync(PublicInstitutionPath(institutionId), null, ct);

    public Task<OutcomesAnswer> StatewideAsync(string cohort, CancellationToken ct) => GetAsync(StatewidePath(cohort), null, ct);

    private async Task<OutcomesAnswer> GetAsync(string path, AccessTokenSource? tokens, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = tokens is null ? null : await tokens.HeaderAsync(ct);
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            var retryAfter = response.Headers.RetryAfter is { } header
                ? header.Delta ?? (header.Date is { } date ? date - DateTimeOffset.UtcNow : null)
                : null;
            return new OutcomesAnswer(
                ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), body, sent, Stopwatch.GetTimestamp(), retryAfter);
        }
        catch (HttpRequestException e)
        {
            return new OutcomesAnswer($"error: {e.HttpRequestError}", [], sent, Stopwatch.GetTimestamp(), null);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return new OutcomesAnswer("timeout", [], sent, Stopwatch.GetTimestamp(), null);
        }
    }
}
