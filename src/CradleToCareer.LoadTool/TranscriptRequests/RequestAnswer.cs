using System.Text.Json;

namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>
/// What the run reads from a <c>202</c> to a transcript request or from <c>GET /v1/transcript-requests/{id}</c>: the
/// request id, its status and, when a delivery URL was given, the secret its pushes are signed with.
/// </summary>
public sealed record RequestAnswer(string RequestId, string Status, string? DeliverySecret)
{
    /// <summary>The answer's fields, or null when it is not JSON or lacks the request id or the status.</summary>
    public static RequestAnswer? TryRead(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var json = JsonDocument.ParseValue(ref reader);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "requestId") is not { } requestId || Text(root, "status") is not { } status)
            {
                return null;
            }
            var secret = root.TryGetProperty("delivery", out var delivery) && delivery.ValueKind == JsonValueKind.Object
                ? Text(delivery, "secret")
                : null;
            return new RequestAnswer(requestId, status, secret);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
