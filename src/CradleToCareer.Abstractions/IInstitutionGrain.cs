using Orleans.Concurrency;
using CradleToCareer.Domain.Institutions;
using CradleToCareer.Domain.Outcomes;

namespace CradleToCareer.Abstractions;

/// <summary>One grain per institution id: live enrollment and milestone counts, and the institution's outcome cohorts.</summary>
public interface IInstitutionGrain : IGrainWithStringKey
{
    /// <summary>Records (or, with null, removes) one person's contribution to this institution.</summary>
    Task UpdateMemberAsync(string personId, InstitutionMembership? membership);

    /// <summary>The suppressed counts, or null when no accepted event names this institution.</summary>
    Task<InstitutionSummary?> GetSummaryAsync();

    /// <summary>Every cohort of the institution with its suppressed figures, or null when no accepted event names it.</summary>
    Task<OutcomesDocument?> GetOutcomesAsync();

    /// <summary>
    /// Members of <paramref name="cohort"/> here in person id order (ordinal), after <paramref name="afterPersonId"/>
    /// when given; at most <paramref name="limit"/>. It only reads, so it interleaves: the statewide cohort may ask
    /// while this grain waits on it.
    /// </summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<PersonInCohort>> GetCohortMembersAsync(string cohort, string? afterPersonId, int limit);
}
