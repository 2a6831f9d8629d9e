namespace CradleToCareer.Domain.Outcomes;

/// <summary>One cohort's figures after suppression (outcomes.md "Shape").</summary>
/// <param name="Cohort">The cohort key.</param>
/// <param name="Size">The number of members, null when between 1 and 10.</param>
/// <param name="Metrics">Each rate metric of the cohort's kind, by metric id, in the order outcomes.md lists them.</param>
/// <param name="MedianWagesAfterCredential">For entrants, the median wages after a credential; null for graduates.</param>
public sealed record CohortOutcomes(
    string Cohort,
    int? Size,
    IReadOnlyList<MetricOutcome> Metrics,
    MedianOutcome? MedianWagesAfterCredential);

/// <summary>A rate metric for the whole cohort and by both breakdowns, cells in <see cref="OutcomeBreakdowns"/> order.</summary>
public sealed record MetricOutcome(
    string MetricId,
    OutcomeCell All,
    IReadOnlyList<NamedCell<OutcomeCell>> Sex,
    IReadOnlyList<NamedCell<OutcomeCell>> SocialServices);

/// <summary>A suppressed cell: null stands for a value that may not be shown.</summary>
public sealed record OutcomeCell(int? Denominator, int? Numerator, decimal? Rate);

/// <summary>The median wages metric for the whole cohort and by both breakdowns.</summary>
public sealed record MedianOutcome(
    MedianCell All,
    IReadOnlyList<NamedCell<MedianCell>> Sex,
    IReadOnlyList<NamedCell<MedianCell>> SocialServices);

/// <summary>
/// The people who qualify for the median (suppressed like a denominator) and the median in whole dollars, null when
/// fewer than 11 qualify.
/// </summary>
public sealed record MedianCell(int? Denominator, decimal? Median);

public sealed record NamedCell<TCell>(string Name, TCell Cell);
