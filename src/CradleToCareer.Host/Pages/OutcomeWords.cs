using System.Globalization;
using CradleToCareer.Domain.Outcomes;
using CradleToCareer.Host.Outcomes;

namespace CradleToCareer.Host.Pages;

/// <summary>The outcomes page's words for cohorts, metrics and cells, so a reader never has to know an id.</summary>
public static class OutcomeWords
{
    public const string MedianMetric = "median-wages-after-credential";

    public const string SuppressedTitle =
        "Not shown: it counts 1 to 10 people, or could be worked out from such a count.";

    private static readonly Dictionary<string, string> Metrics = new(StringComparer.Ordinal)
    {
        ["ag-complete"] = "a-g complete by graduation",
        ["finaid-applied"] = "Applied for financial aid within 180 days",
        ["enrolled-1y"] = "Enrolled in college within a year",
        ["30-units-2y"] = "Earned 30 units within 2 years",
        ["credential-3y"] = "Earned a credential within 3 years",
        ["30-units-1y"] = "Earned 30 units within a year",
        ["transferred-3y"] = "Transferred to a four-year college within 3 years",
        ["credential-6y"] = "Earned a credential within 6 years",
        ["employed-after-credential-6y"] = "Employed after a credential within 6 years",
        [MedianMetric] = "Median wages in the year after a credential",
    };

    private static readonly Dictionary<string, string> Cells = new(StringComparer.Ordinal)
    {
        ["F"] = "Female",
        ["M"] = "Male",
        ["X"] = "X (nonbinary)",
        ["unknown"] = "Sex not recorded",
        ["no"] = "No social services",
        ["yes"] = "Social services",
    };

    public static string Metric(string metricId) => Metrics.GetValueOrDefault(metricId, metricId);

    public static string Cell(string cell) => Cells.GetValueOrDefault(cell, cell);

    /// <summary>"Graduates of 2024-2025", "Entrants of 2025-FA".</summary>
    public static string Cohort(string cohort) =>
        CohortKinds.TryParse(cohort, out var kind)
            ? (kind == CohortKinds.Graduates ? "Graduates of " : "Entrants of ") + cohort[(kind.Length + 1)..]
            : cohort;

    /// <summary>A rate cell in words: "50.0% (12 of 24)", or null when its rate is not shown.</summary>
    public static string? Rate(CellShape cell) =>
        cell.Rate is { } rate
            ? $"{(rate * 100).ToString("0.0", CultureInfo.InvariantCulture)}% ({cell.Numerator!.Value.ToString("N0", CultureInfo.InvariantCulture)} of {cell.Denominator!.Value.ToString("N0", CultureInfo.InvariantCulture)})"
            : cell.Denominator == 0 ? "no one" : null;

    /// <summary>A median cell in words: "$41,251 (212 people)", or null when the median is not shown.</summary>
    public static string? Median(CellShape cell) =>
        cell.Median is { } median
            ? $"${median.ToString("N0", CultureInfo.InvariantCulture)}" + (cell.Denominator is { } people ? $" ({people.ToString("N0", CultureInfo.InvariantCulture)} people)" : "")
            : null;

    /// <summary>The cohort's size in words, or null when suppressed.</summary>
    public static string? Size(CohortShape cohort) =>
        cohort.Size is { } size ? size.ToString("N0", CultureInfo.InvariantCulture) : null;
}
