using System.Text.Json;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>A metric's whole-cohort cell as the service shows it; null where it suppressed a value.</summary>
public sealed record FigureCell(int? Denominator, int? Numerator, decimal? Rate, decimal? Median);

/// <summary>One cohort of an outcomes answer: its size (null when suppressed) and each metric's <c>all</c> cell.</summary>
public sealed record CohortFigures(string Cohort, int? Size, IReadOnlyDictionary<string, FigureCell> Metrics);

/// <summary>
/// The body of the outcomes routes (outcomes.md, Shape): <c>{ "institutionId", "asOf", "cohorts": [ { "cohort",
/// "size", "metrics": { "&lt;id&gt;": { "all": cell, ... } } } ] }</c>. Read leniently, as the routes are new: metrics
/// may also come as an array of objects with a <c>metricId</c>, and a cell's <c>median</c> is kept when it has one.
/// Only what the run reports is kept; the breakdowns are not read.
/// </summary>
public sealed record OutcomesDocument(string? InstitutionId, IReadOnlyList<CohortFigures> Cohorts)
{
    public CohortFigures? Find(string cohort) => Cohorts.FirstOrDefault(c => c.Cohort == cohort);

    /// <exception cref="FormatException">The body is not JSON or has no <c>cohorts</c> array.</exception>
    public static OutcomesDocument Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var json = JsonDocument.ParseValue(ref reader);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("cohorts", out var cohorts) || cohorts.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("the answer has no \"cohorts\" array");
            }
            return new OutcomesDocument(Text(root, "institutionId"), [.. cohorts.EnumerateArray().Select(Cohort)]);
        }
        catch (JsonException e)
        {
            throw new FormatException($"the answer is not JSON: {e.Message}", e);
        }
    }

    private static CohortFigures Cohort(JsonElement cohort) => new(
        Text(cohort, "cohort") ?? throw new FormatException("a cohort has no \"cohort\" key"),
        Int(cohort, "size"),
        Metrics(cohort));

    private static Dictionary<string, FigureCell> Metrics(JsonElement cohort)
    {
        var metrics = new Dictionary<string, FigureCell>(StringComparer.Ordinal);
        if (!cohort.TryGetProperty("metrics", out var element))
        {
            return metrics;
        }
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var metric in element.EnumerateObject())
            {
                metrics[metric.Name] = Cell(metric.Value);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var metric in element.EnumerateArray())
            {
                if ((Text(metric, "metricId") ?? Text(metric, "id")) is { } id)
                {
                    metrics[id] = Cell(metric);
                }
            }
        }
        return metrics;
    }

    private static FigureCell Cell(JsonElement metric)
    {
        var all = metric.ValueKind == JsonValueKind.Object && metric.TryGetProperty("all", out var cell) ? cell : metric;
        return new FigureCell(Int(all, "denominator"), Int(all, "numerator"), Decimal(all, "rate"), Decimal(all, "median"));
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static int? Int(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt32(out var number)
            ? number
            : null;

    private static decimal? Decimal(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetDecimal(out var number)
            ? number
            : null;
}
