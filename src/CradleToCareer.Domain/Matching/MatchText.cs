namespace CradleToCareer.Domain.Matching;

/// <summary>
/// Normalization of the student block's text before it is tokenized: diacritics folded, lower case,
/// only what carries identity kept. Every method returns null when nothing usable is left.
/// </summary>
internal static class MatchText
{
    private const int StackChars = 256;
    private const int PostalCodeDigits = 5;

    /// <summary>Letters only, for names: "O'Brien-Núñez" → "obriennunez".</summary>
    public static string? Letters(string? value) => Normalize(value, keepDigits: false, keepSpaces: false);

    /// <summary>Words of letters, one space apart, for a city: "  San José " → "san jose".</summary>
    public static string? Words(string? value) => Normalize(value, keepDigits: false, keepSpaces: true);

    /// <summary>Words of letters and digits with common words abbreviated: "12 North Main Street" → "12 n main st".</summary>
    public static string? Street(string? value) =>
        Normalize(value, keepDigits: true, keepSpaces: true) is { } words ? StreetWords.Abbreviate(words) : null;

    /// <summary>The first letter, upper case: "female" → "F".</summary>
    public static string? SexCode(string? value)
    {
        if (value is null)
        {
            return null;
        }

        Span<char> folded = stackalloc char[LatinFolding.MaxLength];
        foreach (var c in value)
        {
            if (LatinFolding.Fold(c, folded) > 0 && char.IsLetter(folded[0]))
            {
                return char.ToUpperInvariant(folded[0]).ToString();
            }
        }

        return null;
    }

    /// <summary>The first five digits, when there are five: "94110-1234" → "94110".</summary>
    public static string? PostalCode(string? value)
    {
        if (value is null)
        {
            return null;
        }

        Span<char> digits = stackalloc char[PostalCodeDigits];
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[count++] = c;
                if (count == PostalCodeDigits)
                {
                    return new string(digits);
                }
            }
        }

        return null;
    }

    private static string? Normalize(string? value, bool keepDigits, bool keepSpaces)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var capacity = value.Length * LatinFolding.MaxLength;
        Span<char> buffer = capacity <= StackChars ? stackalloc char[StackChars] : new char[capacity];
        Span<char> folded = stackalloc char[LatinFolding.MaxLength];
        var length = 0;
        foreach (var c in value)
        {
            if (IsJoiner(c))
            {
                continue;
            }

            var count = LatinFolding.Fold(c, folded);
            for (var i = 0; i < count; i++)
            {
                var f = folded[i];
                if (char.IsLetter(f) || (keepDigits && char.IsAsciiDigit(f)))
                {
                    buffer[length++] = f;
                }
                else if (keepSpaces && length > 0 && buffer[length - 1] != ' ')
                {
                    buffer[length++] = ' ';
                }
            }
        }

        if (length > 0 && buffer[length - 1] == ' ')
        {
            length--;
        }

        return length == 0 ? null : new string(buffer[..length]);
    }

    /// <summary>Apostrophes and periods join what they stand between: "O'Farrell" is one word, "N.W." is "nw".</summary>
    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '`' or '.';
}
