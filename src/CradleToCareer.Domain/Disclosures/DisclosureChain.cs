using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CradleToCareer.Domain.Disclosures;

/// <summary>
/// Tamper evidence for a student's disclosure record: each entry's hash is SHA-256 over the previous
/// entry's hash and the entry's own fields, so changing, removing or reordering any entry breaks every
/// hash after it.
/// </summary>
public static class DisclosureChain
{
    /// <summary>The "previous hash" of a person's first entry.</summary>
    public static byte[] Genesis { get; } = new byte[32];

    public static byte[] Hash(byte[] previousHash, int entryNumber, Disclosure disclosure)
    {
        var fields = string.Join('\n',
            entryNumber.ToString(CultureInfo.InvariantCulture),
            disclosure.PersonId,
            disclosure.ClientId,
            disclosure.OrganizationId,
            disclosure.Scope,
            disclosure.ConsentId,
            disclosure.Purpose,
            // Microseconds: what PostgreSQL keeps of a timestamp, so a stored entry hashes as it did when written.
            disclosure.DisclosedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        return SHA256.HashData([.. previousHash, .. Encoding.UTF8.GetBytes(fields)]);
    }

    /// <summary>Checks numbering from 1, each link to the previous hash, and each hash against the entry's fields.</summary>
    public static ChainVerification Verify(IReadOnlyList<RecordedDisclosure> entries)
    {
        var previous = Genesis;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var intact = entry.EntryNumber == i + 1
                && entry.PreviousHash.AsSpan().SequenceEqual(previous)
                && entry.Hash.AsSpan().SequenceEqual(Hash(previous, entry.EntryNumber, entry.Disclosure));
            if (!intact)
            {
                return new ChainVerification(false, i + 1);
            }

            previous = entry.Hash;
        }

        return new ChainVerification(true, null);
    }
}
