using System.Text.Json.Serialization;

namespace CradleToCareer.Host.Outcomes;

/// <summary>
/// The outcome figures' JSON as OpenAPI describes it (outcomes.md "Shape"). The answers themselves are written by the
/// domain's <c>OutcomesJson</c>; these types exist so the document shows every field with its type.
/// </summary>
/// <param name="InstitutionId">The institution; null for the statewide figures.</param>
/// <param name="AsOf">When the figures last changed.</param>
/// <param name="Cohorts">Every cohort, by key.</param>
public sealed record OutcomesShape(string? InstitutionId, DateTimeOffset AsOf, IReadOnlyList<CohortShape> Cohorts);

/// <param name="Cohort">graduates:&lt;school year&gt; or entrants:&lt;term&gt;.</param>
/// <param name="Size">Members, null when 1 to 10.</param>
/// <param name="Metrics">
/// By metric id (ag-complete, finaid-applied, enrolled-1y, 30-units-2y, credential-3y for graduates; 30-units-1y,
/// transferred-3y, credential-3y, credential-6y, employed-after-credential-6y and median-wages-after-credential for entrants).
/// </param>
public sealed record CohortShape(string Cohort, int? Size, IReadOnlyDictionary<string, MetricShape> Metrics);

/// <param name="All">The whole cohort.</param>
/// <param name="Sex">By sex: F, M, X, unknown.</param>
/// <param name="SocialServices">By social-services participation before the cohort start: no, yes.</param>
public sealed record MetricShape(
    CellShape All,
    IReadOnlyDictionary<string, CellShape> Sex,
    [property: JsonPropertyName("social-services")] IReadOnlyDictionary<string, CellShape> SocialServices);

/// <summary>One cell; null stands for a suppressed value. Median cells have denominator and median only.</summary>
/// <param name="Denominator">Members in the cell (for the median: those who qualify).</param>
/// <param name="Numerator">Members who reached the milestone within the window.</param>
/// <param name="Rate">Numerator / denominator to 4 decimals.</param>
/// <param name="Median">Median wages of the four quarters after the award, whole dollars; null under 11 people.</param>
public sealed record CellShape(
    int? Denominator,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Numerator,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Rate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Median);
