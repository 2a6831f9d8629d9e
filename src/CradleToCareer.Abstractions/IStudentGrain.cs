using Orleans.Concurrency;
using CradleToCareer.Domain.Institutions;

namespace CradleToCareer.Abstractions;

/// <summary>One grain per person id: the live longitudinal profile.</summary>
public interface IStudentGrain : IGrainWithStringKey
{
    /// <summary>The profile as of now, including every event accepted before the call.</summary>
    Task<ProfileDocument> GetProfileAsync();

    /// <summary>What this person contributes to one institution's live counts, or null if nothing.</summary>
    [AlwaysInterleave]
    Task<InstitutionMembership?> GetMembershipAsync(string institutionId);
}
