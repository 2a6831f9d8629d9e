using System.Text.Json;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>What a finished extract's file holds, as its status says.</summary>
public sealed record ExtractFileSummary(long Rows, long Generalized, long Dropped, long Bytes);

/// <summary>
/// An extract's status as <c>GET /v1/research/projects/{id}/extracts/{extractId}</c> gives it: <c>{ "extractId",
/// "projectId", "status", "progress": { "processed", "total" }, "summary": { "rows", "generalized", "dropped",
/// "bytes" } | null, "download": "&lt;relative url&gt;" | null }</c>; the answer to the request that asked for it has
/// the first two. A <c>failure</c> (or <c>error</c>) text is kept when the service gives one.
/// </summary>
public sealed record ExtractState(
    string? ExtractId, string? Status, long? Processed, long? Total, ExtractFileSummary? Summary, string? Download, string? Failure)
{
    public const string Ready = "ready";
    public const string Failed = "failed";

    public bool Finished => Status is Ready or Failed;

    /// <summary>"processed/total", the total as "?" while unknown.</summary>
    public string Progress => $"{Processed ?? 0:N0}/{(Total is { } total ? total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "?")}";

    /// <exception cref="FormatException">The body is not a JSON object.</exception>
    public static ExtractState Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var json = JsonDocument.ParseValue(ref reader);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("the answer is not a JSON object");
            }
            var progress = root.TryGetProperty("progress", out var p) ? p : default;
            var summary = root.TryGetProperty("summary", out var s) && s.ValueKind == JsonValueKind.Object
                ? new ExtractFileSummary(Long(s, "rows") ?? 0, Long(s, "generalized") ?? 0, Long(s, "dropped") ?? 0, Long(s, "bytes") ?? 0)
                : null;
            return new ExtractState(
                Text(root, "extractId"), Text(root, "status"), Long(progress, "processed"), Long(progress, "total"), summary,
                Text(root, "download"), Text(root, "failure") ?? Text(root, "error"));
        }
        catch (JsonException e)
        {
            throw new FormatException($"the answer is not JSON: {e.Message}", e);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static long? Long(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt64(out var number)
            ? number
            : null;
}
