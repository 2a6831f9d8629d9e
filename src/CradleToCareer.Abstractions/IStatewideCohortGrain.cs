using Orleans.Concurrency;
using CradleToCareer.Domain.Outcomes;

namespace CradleToCareer.Abstractions;

/// <summary>
/// One grain per cohort key (e.g. <c>graduates:2024-2025</c>): that cohort's members at every institution, so the
/// statewide figures are summed over institutions before suppression. Institution grains pass their members' changes on.
/// </summary>
public interface IStatewideCohortGrain : IGrainWithStringKey
{
    /// <summary>
    /// Applies an institution's changes: each person's member entry there, or null when the person left the cohort
    /// there. Applying the same changes twice is harmless.
    /// </summary>
    Task ApplyAsync(string institutionId, IReadOnlyList<CohortChange> changes);

    /// <summary>
    /// The statewide figures of the cohort (no cohorts when it has no member); null while the grain is still gathering
    /// its members after activation. Reads interleave, so a reader waiting for the gathering holds nothing up.
    /// </summary>
    [AlwaysInterleave]
    Task<OutcomesDocument?> GetOutcomesAsync();

    /// <summary>The institutions with at least one member of the cohort, by id; null while still gathering.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<string>?> GetInstitutionsAsync();
}

/// <summary>One person's entry in a cohort at an institution; a null member means the person is no longer in it there.</summary>
[GenerateSerializer]
[Immutable]
public sealed record CohortChange([property: Id(0)] string PersonId, [property: Id(1)] CohortMember? Member);
