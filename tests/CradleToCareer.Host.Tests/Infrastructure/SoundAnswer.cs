using System.Text.Json;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>
/// What every answer to a hostile request must be: never a 5xx, never a stack trace in the body, and every 4xx an
/// RFC 9457 problem+json with <c>type</c>, <c>title</c>, <c>status</c> and <c>detail</c>.
/// </summary>
public static class SoundAnswer
{
    private static readonly string[] TraceMarks = ["Exception", "   at ", ".cs:line"];

    /// <summary>
    /// Checks the answer; <paramref name="events"/>, when given, is how many results a 200 of an ingest must list.
    /// Returns what the answer came to, for a tally: its status, and for an ingest the status of each event.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AssertAsync(HttpResponseMessage response, string request, int? events = null)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status < 500, $"{request}: {status} {body}");
        Assert.False(TraceMarks.Any(mark => body.Contains(mark, StringComparison.Ordinal)), $"{request}: {status} with what looks like a stack trace: {body}");
        if (status >= 400)
        {
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{request}: {status} as {response.Content.Headers.ContentType}: {body}");
            using var problem = JsonDocument.Parse(body);
            var root = problem.RootElement;
            Assert.True(
                Text(root, "type") && Text(root, "title") && Text(root, "detail")
                && root.TryGetProperty("status", out var code) && code.ValueKind == JsonValueKind.Number && code.GetDouble() == status,
                $"{request}: {status} problem without type, title, detail and its status: {body}");
        }
        else if (events is { } count && status == 200)
        {
            using var answer = JsonDocument.Parse(body);
            var results = answer.RootElement.GetProperty("results");
            Assert.True(results.GetArrayLength() == count, $"{request}: 200 without one result per event: {body}");
            return [$"{status}", .. results.EnumerateArray().Select(result => "event " + result.GetProperty("status").GetString())];
        }

        return [$"{status}"];
    }

    private static bool Text(JsonElement problem, string name) =>
        problem.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0;
}
