using System.Security.Cryptography;
using System.Text;

namespace CradleToCareer.Domain.Accounts;

/// <summary>
/// One-time activation codes (people.md): 16 characters from an alphabet without look-alikes (no I, L, O, U, 0 or 1),
/// about 78 bits of chance, shown in groups of four. A code is valid for <see cref="Lifetime"/> and kept only as its
/// SHA-256: the code is random enough that a fast hash is safe, and the service can look a typed code up by it.
/// </summary>
public static class ActivationCodes
{
    public const int Length = 16;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A new code, grouped for reading aloud: <c>ABCD-EFGH-JKMN-PQRS</c>.</summary>
    public static string Generate()
    {
        var characters = Enumerable.Range(0, Length).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray();
        return string.Join('-', characters.Chunk(4).Select(group => new string(group)));
    }

    /// <summary>
    /// The code as typed, without spaces and dashes and in upper case; null when it cannot be a code (a wrong length or
    /// a character outside the alphabet), so a typo is told apart from a code that does not exist.
    /// </summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null || typed.Length > 64)
        {
            return null;
        }

        var code = new string([.. typed.Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant)]);
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }

    /// <summary>The stored form of a normalized code: lower-case hex of its SHA-256.</summary>
    public static string HashOf(string normalizedCode) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(normalizedCode)));
}
