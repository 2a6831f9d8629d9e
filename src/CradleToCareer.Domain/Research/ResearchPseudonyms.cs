using System.Security.Cryptography;
using System.Text;

namespace CradleToCareer.Domain.Research;

/// <summary>
/// The pseudonyms research extracts name people by (outcomes.md "Research extracts"): stable within a project,
/// unrelated across projects, and saying nothing about the person id without the key. Each project has a key of its
/// own, the HMAC-SHA256 of <c>"research-project\n" + projectId</c> under the service key; a pseudonym is <c>r_</c> and
/// the first 130 bits of the HMAC-SHA256 of <c>"person\n" + personId</c> under the project's key, in 26 lowercase
/// base32 characters (RFC 4648 alphabet, no padding). Two extracts of one project can be joined on it; extracts of
/// two projects cannot.
/// </summary>
public sealed class ResearchPseudonyms
{
    public const int MinimumKeyBytes = 32;
    public const string Prefix = "r_";
    public const int Characters = 26;

    private const string Base32Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    private readonly byte[] key;

    public ResearchPseudonyms(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"The research pseudonym key must be at least {MinimumKeyBytes} bytes.", nameof(key));
        }

        this.key = (byte[])key.Clone();
    }

    /// <summary>The person's pseudonym in the project.</summary>
    public string For(string projectId, string personId)
    {
        ArgumentNullException.ThrowIfNull(projectId);
        ArgumentNullException.ThrowIfNull(personId);
        var projectKey = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("research-project\n" + projectId));
        var mac = HMACSHA256.HashData(projectKey, Encoding.UTF8.GetBytes("person\n" + personId));
        return Prefix + Base32(mac);
    }

    /// <summary>The leading <see cref="Characters"/> base32 characters of the bytes, five bits each, most significant first.</summary>
    private static string Base32(byte[] bytes)
    {
        var text = new StringBuilder(Prefix.Length + Characters);
        var bits = 0;
        var buffered = 0;
        foreach (var b in bytes)
        {
            buffered = (buffered << 8) | b;
            bits += 8;
            while (bits >= 5 && text.Length < Characters)
            {
                bits -= 5;
                text.Append(Base32Alphabet[(buffered >> bits) & 31]);
            }

            buffered &= (1 << bits) - 1;
            if (text.Length == Characters)
            {
                break;
            }
        }

        return text.ToString();
    }
}
