using System.Text.Json;

namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>What the run reads from a push (exchange.md, "Delivered"): the CloudEvents type, and the data's request id and status.</summary>
public sealed record PushBody(string Type, string RequestId, string Status)
{
    public const string RequestUpdated = "c2c.transcript.request.updated";

    /// <summary>The body's fields, or null when it is not JSON or lacks one of them.</summary>
    public static PushBody? TryRead(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var json = JsonDocument.ParseValue(ref reader);
            var root = json.RootElement;
            return root.ValueKind == JsonValueKind.Object
                   && Text(root, "type") is { } type
                   && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                   && Text(data, "requestId") is { } requestId && Text(data, "status") is { } status
                ? new PushBody(type, requestId, status)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
