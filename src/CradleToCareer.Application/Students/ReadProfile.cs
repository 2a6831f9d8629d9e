using CradleToCareer.Application.Disclosures;
using CradleToCareer.Application.Identity;

namespace CradleToCareer.Application.Students;

/// <summary>
/// The student portal reads the full longitudinal profile of one person; each read is recorded as a disclosure to the
/// portal. An id merged into another person reads the survivor's profile.
/// </summary>
public sealed class ReadProfile(IIdentityStore identity, IStudentProfiles students, DisclosureGate gate)
{
    /// <returns>The profile object as UTF-8 JSON; null when no event has landed on the person.</returns>
    public async Task<byte[]?> RunAsync(Caller caller, string personId, CancellationToken cancellationToken) =>
        await identity.CurrentAsync(personId, cancellationToken) is { } current
            ? await gate.ShowToPortalAsync(caller, current, PortalRead.Profile, () => students.ProfileJsonAsync(current), cancellationToken)
            : null;
}
