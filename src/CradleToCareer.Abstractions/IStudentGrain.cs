using Orleans.Concurrency;
using CradleToCareer.Domain.Institutions;
using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Abstractions;

/// <summary>One grain per person id: the live longitudinal profile.</summary>
public interface IStudentGrain : IGrainWithStringKey
{
    /// <summary>
    /// The profile as of now, including every event accepted before the call. Immutable: callers must not
    /// change it, which spares a copy on every read.
    /// </summary>
    Task<Immutable<StudentProfile>> GetProfileAsync();

    /// <summary>What this person contributes to one institution's live counts, or null if nothing.</summary>
    [AlwaysInterleave]
    Task<InstitutionMembership?> GetMembershipAsync(string institutionId);
}
