using CradleToCareer.Application.Consents;
using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Disclosures;

namespace CradleToCareer.Application.Disclosures;

/// <summary>
/// A student's disclosure record, oldest first, whether its hash chain holds, and the student's consents by id, so
/// each entry made under a consent can show which portal client granted it and in which student session.
/// </summary>
public sealed record DisclosureReading(
    IReadOnlyList<RecordedDisclosure> Entries, ChainVerification Verification, IReadOnlyDictionary<string, Consent> ConsentsById);

/// <summary>
/// The student portal reads every disclosure of the student's data to another organization, with a check of the
/// record's hash chain. An id merged into another person reads the survivor's record. The reading is itself recorded
/// as a disclosure to the portal, after the entries it shows were read.
/// </summary>
public sealed class ReadDisclosures(
    IIdentityStore identity, IStudentProfiles students, IConsentBook consents, IDisclosureRecord record, DisclosureGate gate)
{
    /// <returns>Null when no event has landed on the person.</returns>
    public async Task<DisclosureReading?> RunAsync(Caller caller, string personId, CancellationToken cancellationToken) =>
        await identity.CurrentAsync(personId, cancellationToken) is { } current
            ? await gate.ShowToPortalAsync(caller, current, PortalRead.Disclosures, () => ReadAsync(current, cancellationToken), cancellationToken)
            : null;

    private async Task<DisclosureReading?> ReadAsync(string personId, CancellationToken cancellationToken)
    {
        if (await students.ProfileJsonAsync(personId) is null)
        {
            return null;
        }

        var entries = await record.ReadAsync(personId, cancellationToken);
        var granted = await consents.ForStudentAsync(personId) ?? [];
        return new DisclosureReading(entries, DisclosureChain.Verify(entries), granted.ToDictionary(c => c.ConsentId, StringComparer.Ordinal));
    }
}
