namespace CradleToCareer.Domain.Matching;

/// <summary>
/// American Soundex: the first letter and three digits for the consonant sounds that follow
/// (Robert and Rupert are both R163). Used only inside blocking keys, so a one-letter typo in a
/// name usually keeps a record in the same block.
/// </summary>
internal static class Soundex
{
    private const int Length = 4;

    // Code of a..z: '0' a vowel (separates equal codes), '-' h and w (do not separate), else the digit.
    private const string Codes = "0123012-02245501262301-202";

    /// <summary>The code of a name of letters (normalized or not); empty when there is no letter to start with.</summary>
    public static string Encode(ReadOnlySpan<char> letters)
    {
        if (letters.IsEmpty)
        {
            return string.Empty;
        }

        Span<char> code = stackalloc char[Length];
        code.Fill('0');
        code[0] = char.ToUpperInvariant(letters[0]);
        var previous = CodeOf(letters[0]);
        var written = 1;
        for (var i = 1; i < letters.Length && written < Length; i++)
        {
            var current = CodeOf(letters[i]);
            if (current == '-')
            {
                continue;
            }

            if (current != '0' && current != previous)
            {
                code[written++] = current;
            }

            previous = current;
        }

        return new string(code);
    }

    /// <summary>Letters outside a..z (after folding) act like vowels.</summary>
    private static char CodeOf(char letter)
    {
        var lower = char.ToLowerInvariant(letter);
        return lower is >= 'a' and <= 'z' ? Codes[lower - 'a'] : '0';
    }
}
