using System.Net;
using System.Text.Json;
using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>The review queue's size, or why it could not be read.</summary>
public sealed record ReviewQueueSize(long? Total, string? Problem);

/// <summary>Reads <c>GET /v1/identity/reviews?limit=1</c> (role steward): <c>{ "total": n, "reviews": [...] }</c>.</summary>
public static class ReviewQueue
{
    private const string Route = "v1/identity/reviews?limit=1";

    public static async Task<ReviewQueueSize> MeasureAsync(HttpClient http, AccessTokenSource tokens, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Route);
        request.Headers.Authorization = await tokens.HeaderAsync(ct);
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
            return new ReviewQueueSize(null, $"GET /{Route}: no response within {http.Timeout.TotalSeconds:F0} s");
        }
        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return new ReviewQueueSize(null, $"GET /{Route} answered {(int)response.StatusCode} {response.ReasonPhrase}: {ServiceHttp.Snippet(body)}");
            }
            try
            {
                using var json = JsonDocument.Parse(body);
                return json.RootElement.ValueKind == JsonValueKind.Object
                    && json.RootElement.TryGetProperty("total", out var total)
                    && total.ValueKind == JsonValueKind.Number && total.TryGetInt64(out var count)
                    ? new ReviewQueueSize(count, null)
                    : new ReviewQueueSize(null, $"GET /{Route}: the answer has no numeric \"total\"");
            }
            catch (JsonException)
            {
                return new ReviewQueueSize(null, $"GET /{Route}: the answer is not JSON: {ServiceHttp.Snippet(body)}");
            }
        }
    }
}
