using CradleToCareer.Domain.Institutions;

namespace CradleToCareer.Abstractions;

/// <summary>One grain per institution id: live enrollment and milestone counts.</summary>
public interface IInstitutionGrain : IGrainWithStringKey
{
    /// <summary>Records (or, with null, removes) one person's contribution to this institution.</summary>
    Task UpdateMemberAsync(string personId, InstitutionMembership? membership);

    /// <summary>The suppressed counts, or null when no accepted event names this institution.</summary>
    Task<InstitutionSummary?> GetSummaryAsync();
}
