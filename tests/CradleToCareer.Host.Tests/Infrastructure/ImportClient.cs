using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>Uploads import jobs, follows them and reads their per-line results (imports.md).</summary>
public static class ImportClient
{
    public static Task<HttpResponseMessage> UploadRawAsync(this HttpClient http, string body, string contentType = "application/x-ndjson")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return http.PostAsync("/v1/imports", content);
    }

    /// <summary>Uploads the lines (one NDJSON line each) and returns the 202's job.</summary>
    public static async Task<JsonObject> UploadAsync(this HttpClient http, IEnumerable<string> lines)
    {
        var response = await http.UploadRawAsync(string.Join("\n", lines) + "\n");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST /v1/imports: {(int)response.StatusCode} {text}");
        var job = JsonNode.Parse(text)!.AsObject();
        Assert.Equal($"/v1/imports/{job["importId"]}", response.Headers.Location?.OriginalString);
        return job;
    }

    /// <summary>Polls the job until it is done.</summary>
    public static async Task<JsonObject> WaitDoneAsync(this HttpClient http, string importId, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromMinutes(3));
        while (true)
        {
            var job = await http.GetJsonAsync($"/v1/imports/{importId}");
            if (job["status"]!.GetValue<string>() == "done")
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"import {importId} is not done in time: {job.ToJsonString()}");
            await Task.Delay(100);
        }
    }

    public static async Task<List<JsonObject>> ResultsAsync(this HttpClient http, string importId)
    {
        var response = await http.GetAsync($"/v1/imports/{importId}/results");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET results: {(int)response.StatusCode} {text}");
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject())];
    }

    public static long Long(this JsonNode? node, string name) => node![name]!.GetValue<long>();
}
