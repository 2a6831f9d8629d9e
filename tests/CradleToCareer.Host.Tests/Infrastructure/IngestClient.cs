using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>Posts events the three ways events.md allows and reads the per-event results.</summary>
public static class IngestClient
{
    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient http, string body, string contentType)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return http.PostAsync("/v1/events", content);
    }

    public static async Task<JsonArray> PostBatchAsync(this HttpClient http, params JsonObject[] events)
    {
        var response = await http.PostRawAsync(new JsonArray([.. events.Select(e => e.DeepClone())]).ToJsonString(), "application/cloudevents-batch+json");
        return await ResultsAsync(response);
    }

    public static async Task<JsonObject> PostSingleAsync(this HttpClient http, JsonObject sourceEvent)
    {
        var response = await http.PostRawAsync(sourceEvent.ToJsonString(), "application/cloudevents+json");
        return (JsonObject)(await ResultsAsync(response)).Single()!;
    }

    public static async Task<JsonArray> PostNdjsonAsync(this HttpClient http, IEnumerable<string> lines)
    {
        var response = await http.PostRawAsync(string.Join("\n", lines) + "\n", "application/x-ndjson");
        return await ResultsAsync(response);
    }

    public static async Task<JsonObject> GetJsonAsync(this HttpClient http, string path)
    {
        var response = await http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static async Task<JsonArray> GetJsonArrayAsync(this HttpClient http, string path)
    {
        var response = await http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }

    private static async Task<JsonArray> ResultsAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /v1/events: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!["results"]!.AsArray();
    }

    public static string Status(this JsonNode? result) => result!["status"]!.GetValue<string>();

    public static string PersonId(this JsonNode? result) => result!["personId"]!.GetValue<string>();

    public static string ToLine(this JsonObject sourceEvent) => sourceEvent.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
