using CradleToCareer.Application.Identity;

namespace CradleToCareer.Application.Consents;

/// <summary>
/// The student portal revokes a consent; the next request that relies on it is refused. A consent granted before a
/// merge stays with the id it was granted on, so both the id asked for and the one the person goes by now are tried.
/// </summary>
public sealed class RevokeConsent(IIdentityStore identity, IConsentBook consents)
{
    /// <returns>False when the student, or the student's consent with this id, does not exist: the two are one answer.</returns>
    public async Task<bool> RunAsync(string personId, string consentId, CancellationToken cancellationToken) =>
        await identity.CurrentAsync(personId, cancellationToken) is { } current
        && (await consents.RevokeAsync(current, consentId)
            || (current != personId && await consents.RevokeAsync(personId, consentId)));
}
