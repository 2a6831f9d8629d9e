using CradleToCareer.Domain.Consent;

namespace CradleToCareer.Abstractions;

/// <summary>
/// One grain per recipient organization: the consents granted to it, for <c>GET /v1/consents</c>.
/// The student grain holds the consent itself and checks it at every access; this is its index.
/// </summary>
public interface IOrganizationConsentsGrain : IGrainWithStringKey
{
    /// <summary>Adds or replaces (after a revocation) a consent granted to this organization.</summary>
    Task RecordAsync(Consent consent);

    Task<IReadOnlyList<Consent>> ListAsync();
}
