using CradleToCareer.Abstractions;
using CradleToCareer.Application.Research;
using CradleToCareer.Domain.Outcomes;

namespace CradleToCareer.Grains.Ports;

/// <summary>
/// Cohort members as the grains keep them: the statewide cohort names the institutions that hold members, and each
/// institution grain hands its members out a page at a time.
/// </summary>
internal sealed class GrainCohortMemberSource(IGrainFactory grains) : ICohortMemberSource
{
    public Task<IReadOnlyList<string>> InstitutionsAsync(string cohort, CancellationToken cancellationToken) =>
        grains.GetGrain<IStatewideCohortGrain>(cohort).GetInstitutionsAsync();

    public Task<IReadOnlyList<PersonInCohort>> MembersAsync(
        string cohort, string institutionId, string? afterPersonId, int limit, CancellationToken cancellationToken) =>
        grains.GetGrain<IInstitutionGrain>(institutionId).GetCohortMembersAsync(cohort, afterPersonId, limit);
}
