using System.Text.Json;

namespace CradleToCareer.LoadTool.Alerts;

/// <summary>What the run reads from a webhook body (api.md, Alerts): the CloudEvents id and type, and the data's person and milestone.</summary>
public sealed record AlertBody(string Id, string Type, string PersonId, string MilestoneId)
{
    public const string MilestoneReached = "c2c.alert.milestone.reached";

    /// <summary>The body's fields, or null when it is not JSON or lacks one of them.</summary>
    public static AlertBody? TryRead(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var json = JsonDocument.ParseValue(ref reader);
            var root = json.RootElement;
            return root.ValueKind == JsonValueKind.Object
                   && Text(root, "id") is { } id && Text(root, "type") is { } type
                   && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                   && Text(data, "personId") is { } personId && Text(data, "milestoneId") is { } milestoneId
                ? new AlertBody(id, type, personId, milestoneId)
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
