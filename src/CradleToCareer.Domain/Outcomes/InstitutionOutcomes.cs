namespace CradleToCareer.Domain.Outcomes;

/// <summary>
/// Every cohort of one institution (or, with a null <paramref name="InstitutionId"/>, one statewide cohort summed over
/// institutions) as the routes of outcomes.md give it. <paramref name="AsOf"/> is when the figures last changed.
/// </summary>
public sealed record InstitutionOutcomes(string? InstitutionId, DateTimeOffset AsOf, IReadOnlyList<CohortOutcomes> Cohorts);
