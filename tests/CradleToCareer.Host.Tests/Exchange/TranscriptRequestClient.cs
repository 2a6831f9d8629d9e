using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Host.Tests.Views;

namespace CradleToCareer.Host.Tests.Exchange;

/// <summary>A college's calls to the transcript request routes, and what the tests read from their answers.</summary>
public static class TranscriptRequestClient
{
    public const string PushType = "c2c.transcript.request.updated";

    public static JsonObject JsonRequest(string ssid, Uri? delivery = null, string? trackingId = null)
    {
        var body = new JsonObject
        {
            ["student"] = new JsonObject { ["ids"] = new JsonArray(new JsonObject { ["system"] = "ssid", ["value"] = ssid }) },
            ["level"] = "all",
            ["purpose"] = "admission",
        };
        if (delivery is not null)
        {
            body["delivery"] = new JsonObject { ["url"] = delivery.ToString() };
        }

        if (trackingId is not null)
        {
            body["requestTrackingId"] = trackingId;
        }

        return body;
    }

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient college, JsonObject body) =>
        college.PostAsJsonAsync("/v1/transcript-requests", body);

    public static Task<HttpResponseMessage> SubmitXmlAsync(this HttpClient college, string xml, string? query = null) =>
        college.PostAsync("/v1/transcript-requests" + query, new StringContent(xml, Encoding.UTF8, "application/xml"));

    /// <summary>Submits and expects <c>202</c>; the answer's body.</summary>
    public static async Task<JsonObject> AcceptedAsync(this HttpClient college, JsonObject body)
    {
        var response = await college.SubmitAsync(body);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, answer);
        var accepted = JsonNode.Parse(answer)!.AsObject();
        Assert.Equal($"/v1/transcript-requests/{accepted["requestId"]}", response.Headers.Location!.OriginalString);
        return accepted;
    }

    public static string Status(this JsonObject request) => request["status"]!.GetValue<string>();

    public static string RequestId(this JsonObject request) => request["requestId"]!.GetValue<string>();

    /// <summary>The push announcing <paramref name="status"/> for the request.</summary>
    public static Task<ReceivedWebhook> PushAsync(this WebhookReceiver receiver, string requestId, string status) =>
        receiver.WaitForAsync(webhook =>
            webhook.Type == PushType
            && webhook.Json["data"]!["requestId"]!.GetValue<string>() == requestId
            && webhook.Json["data"]!["status"]!.GetValue<string>() == status);

    public static async Task<TranscriptHistory> StudentAsync(ServiceUnderTest service, params string[] scopes) =>
        await TranscriptHistory.IngestAsync(service, scopes);
}
