using System.Security.Cryptography;
using System.Text;

namespace CradleToCareer.Application.Transcripts;

/// <summary>
/// The code printed on a transcript's PDF that lets anyone holding the paper check it was issued
/// (<c>GET /v1/transcripts/{transcriptId}/verification?code=</c>): 16 symbols from a cryptographic RNG,
/// about 79 bits, written in four groups of four (<c>7KQM-XR4T-9HVC-2WPA</c>) to read aloud and type.
/// </summary>
public static class TranscriptVerificationCodes
{
    /// <summary>Digits and capital letters without those read alike: no 0, O, 1, I or L.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int Symbols = 16;

    private const int GroupSize = 4;
    private const char GroupSeparator = '-';

    /// <summary>A new code in its written form.</summary>
    public static string New() => Written(RandomNumberGenerator.GetString(Alphabet, Symbols));

    /// <summary>Whether <paramref name="code"/> is a code in any case, with or without dashes and spaces.</summary>
    public static bool IsWellFormed(string? code) => Normalize(code) is not null;

    /// <summary>
    /// The written form of <paramref name="code"/> (upper case, dashes between groups), whatever its case and
    /// wherever it has dashes or spaces; null when it is not a code.
    /// </summary>
    public static string? Normalize(string? code)
    {
        if (code is null)
        {
            return null;
        }

        var symbols = new StringBuilder(Symbols);
        foreach (var character in code)
        {
            if (character is GroupSeparator or ' ')
            {
                continue;
            }

            var symbol = char.ToUpperInvariant(character);
            if (!Alphabet.Contains(symbol) || symbols.Length == Symbols)
            {
                return null;
            }

            symbols.Append(symbol);
        }

        return symbols.Length == Symbols ? Written(symbols.ToString()) : null;
    }

    /// <summary>
    /// Whether <paramref name="presented"/> is the <paramref name="issued"/> code, compared in constant time
    /// once both are in written form, so the time taken tells nothing about how much of it was right.
    /// </summary>
    public static bool Matches(string issued, string? presented)
    {
        var expected = Normalize(issued) ?? throw new ArgumentException("The issued code is not a verification code.", nameof(issued));
        var actual = Normalize(presented);
        return actual is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(actual));
    }

    private static string Written(string symbols) =>
        string.Join(GroupSeparator, symbols.Chunk(GroupSize).Select(group => new string(group)));
}
