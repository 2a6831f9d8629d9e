using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Disclosures;

namespace CradleToCareer.Application.Disclosures;

/// <summary>A student's disclosure record, oldest first, and whether its hash chain holds.</summary>
public sealed record DisclosureReading(IReadOnlyList<RecordedDisclosure> Entries, ChainVerification Verification);

/// <summary>
/// The student portal reads every disclosure of the student's data to another organization, with a check of the
/// record's hash chain. An id merged into another person reads the survivor's record.
/// </summary>
public sealed class ReadDisclosures(IIdentityStore identity, IStudentProfiles students, IDisclosureRecord record)
{
    /// <returns>Null when no event has landed on the person.</returns>
    public async Task<DisclosureReading?> RunAsync(string personId, CancellationToken cancellationToken)
    {
        if (await identity.CurrentAsync(personId, cancellationToken) is not { } current || await students.ProfileJsonAsync(current) is null)
        {
            return null;
        }

        var entries = await record.ReadAsync(current, cancellationToken);
        return new DisclosureReading(entries, DisclosureChain.Verify(entries));
    }
}
