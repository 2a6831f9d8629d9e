using CradleToCareer.Abstractions;
using CradleToCareer.Application.Research;
using CradleToCareer.Domain.Outcomes;

namespace CradleToCareer.Grains.Ports;

/// <summary>
/// Cohort members as the grains keep them: the statewide cohort names the institutions that hold members, and each
/// institution grain hands its members out a page at a time. While the statewide cohort is still gathering its members
/// after activation, asking for its institutions throws: the extract job that asked is tried again a little later.
/// </summary>
internal sealed class GrainCohortMemberSource(IGrainFactory grains) : ICohortMemberSource
{
    public async Task<IReadOnlyList<string>> InstitutionsAsync(string cohort, CancellationToken cancellationToken) =>
        await grains.Keyed<IStatewideCohortGrain>(cohort).GetInstitutionsAsync()
        ?? throw new TimeoutException($"The statewide cohort {cohort} is still gathering its members.");

    public Task<IReadOnlyList<PersonInCohort>> MembersAsync(
        string cohort, string institutionId, string? afterPersonId, int limit, CancellationToken cancellationToken) =>
        grains.Keyed<IInstitutionGrain>(institutionId).GetCohortMembersAsync(cohort, afterPersonId, limit);
}
