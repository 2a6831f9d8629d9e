using System.Text.Json;

namespace CradleToCareer.LoadTool.Ingest;

/// <summary>One event's result from <c>POST /v1/events</c>.</summary>
public sealed record EventResult(string? Id, string Status, string? PersonId, string? FirstError);

/// <summary>Reads <c>{ "results": [ { "id", "status", "personId", "errors": [ { "path", "message" } ] } ] }</c>.</summary>
public static class BatchResponseReader
{
    public static IReadOnlyList<EventResult> Read(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        using var document = JsonDocument.ParseValue(ref reader);
        if (!document.RootElement.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("the response has no \"results\" array");
        }
        var list = new List<EventResult>(results.GetArrayLength());
        foreach (var result in results.EnumerateArray())
        {
            list.Add(new EventResult(
                Text(result, "id"),
                Text(result, "status") ?? "(no status)",
                Text(result, "personId"),
                FirstError(result)));
        }
        return list;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? FirstError(JsonElement result)
    {
        if (!result.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            return null;
        }
        var first = errors[0];
        return first.ValueKind == JsonValueKind.Object ? $"{Text(first, "path")}: {Text(first, "message")}" : first.ToString();
    }
}
