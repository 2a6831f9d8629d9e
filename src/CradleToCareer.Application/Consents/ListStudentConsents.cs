using CradleToCareer.Application.Disclosures;
using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Consent;

namespace CradleToCareer.Application.Consents;

/// <summary>
/// The student portal lists the student's consents, active and past, under the id the person goes by now; each list is
/// recorded as a disclosure to the portal.
/// </summary>
public sealed class ListStudentConsents(IIdentityStore identity, IConsentBook consents, DisclosureGate gate)
{
    /// <returns>Null when no student record has the person id.</returns>
    public async Task<IReadOnlyList<Consent>?> RunAsync(Caller caller, string personId, CancellationToken cancellationToken) =>
        await identity.CurrentAsync(personId, cancellationToken) is { } current
            ? await gate.ShowToPortalAsync(caller, current, PortalRead.Consents, () => consents.ForStudentAsync(current), cancellationToken)
            : null;
}
