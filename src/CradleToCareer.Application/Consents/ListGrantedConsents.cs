using CradleToCareer.Application.Access;
using CradleToCareer.Domain.Consent;

namespace CradleToCareer.Application.Consents;

/// <summary>An organization lists the consents granted to it, active and past.</summary>
public sealed class ListGrantedConsents(IAccessRegistry registry, IConsentBook consents)
{
    /// <returns>Null when the caller's organization is not registered.</returns>
    public async Task<IReadOnlyList<Consent>?> RunAsync(Caller caller, CancellationToken cancellationToken) =>
        caller.OrganizationId is { Length: > 0 } organizationId
        && await registry.GetOrganizationAsync(organizationId, cancellationToken) is not null
            ? await consents.ForRecipientAsync(organizationId)
            : null;
}
