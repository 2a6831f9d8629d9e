using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Views;

/// <summary>Setup calls of the views command: any answer but the expected ones ends the run with the service's words.</summary>
public static class SetupHttp
{
    public static HttpRequestMessage Json(HttpMethod method, string path, object body, AuthenticationHeaderValue? authorization)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = authorization;
        return request;
    }

    public static async Task<byte[]> SendAsync(
        HttpClient http, HttpRequestMessage request, string what, CancellationToken ct, params HttpStatusCode[] expected)
    {
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
            throw new ToolException($"{what}: no answer within {http.Timeout.TotalSeconds:F0} s");
        }
        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            return expected.Contains(response.StatusCode)
                ? body
                : throw new ToolException($"{what} answered {(int)response.StatusCode} {response.ReasonPhrase}: {ServiceHttp.Snippet(body)}");
        }
    }

    public static string Property(byte[] body, string name, string what)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw new ToolException($"{what}: the answer has no \"{name}\": {ServiceHttp.Snippet(body)}");
        }
        catch (JsonException)
        {
            throw new ToolException($"{what}: the answer is not JSON: {ServiceHttp.Snippet(body)}");
        }
    }
}
