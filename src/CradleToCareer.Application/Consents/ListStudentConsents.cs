using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Consent;

namespace CradleToCareer.Application.Consents;

/// <summary>The student portal lists the student's consents, active and past, under the id the person goes by now.</summary>
public sealed class ListStudentConsents(IIdentityStore identity, IConsentBook consents)
{
    /// <returns>Null when no student record has the person id.</returns>
    public async Task<IReadOnlyList<Consent>?> RunAsync(string personId, CancellationToken cancellationToken) =>
        await identity.CurrentAsync(personId, cancellationToken) is { } current
            ? await consents.ForStudentAsync(current)
            : null;
}
