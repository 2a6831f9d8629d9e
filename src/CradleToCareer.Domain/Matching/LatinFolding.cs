using System.Globalization;

namespace CradleToCareer.Domain.Matching;

/// <summary>
/// Lower-cases a character and strips its diacritics (é → e, Ł → l, ễ → e, ß → ss).
/// </summary>
/// <remarks>
/// The service runs with invariant globalization, where <c>string.Normalize(FormD)</c> leaves
/// precomposed letters as they are, so the letters of Latin-1, Latin Extended-A, the Romanian
/// comma-below letters and the Vietnamese letters are folded by table here. Combining marks of
/// already decomposed text are dropped; any other character is only lower-cased.
/// </remarks>
internal static class LatinFolding
{
    /// <summary>The most characters one character folds to.</summary>
    public const int MaxLength = 2;

    // '+' marks letters folding to two characters (handled by TwoLetterFold), '-' non-letters.
    private const string Latin1 =
        "aaaaaa+ceeeeiiii" + // U+00C0..U+00CF
        "dnooooo-ouuuuy++" + // U+00D0..U+00DF
        "aaaaaa+ceeeeiiii" + // U+00E0..U+00EF
        "dnooooo-ouuuuy+y";  // U+00F0..U+00FF

    private const string LatinExtendedA =
        "aaaaaa" + "cccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" + // U+0100..U+0127
        "iiiiiiiiii" + "++" + "jj" + "kkk" + "llllllllll" +                   // U+0128..U+0142
        "nnnnnnnnn" + "oooooo" + "++" + "rrrrrr" + "ssssssss" + "tttttt" +    // U+0143..U+0167
        "uuuuuuuuuuuu" + "ww" + "yyy" + "zzzzzz" + "s";                       // U+0168..U+017F

    /// <summary>Writes the folded form of <paramref name="c"/> and returns how many characters it has (0 to 2).</summary>
    public static int Fold(char c, Span<char> output)
    {
        if (char.IsAscii(c))
        {
            output[0] = char.ToLowerInvariant(c);
            return 1;
        }

        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
        {
            return 0;
        }

        if (TwoLetterFold(c) is { } pair)
        {
            output[0] = pair[0];
            output[1] = pair[1];
            return 2;
        }

        output[0] = OneLetterFold(c);
        return 1;
    }

    private static string? TwoLetterFold(char c) => c switch
    {
        'Æ' or 'æ' => "ae",
        'Œ' or 'œ' => "oe",
        'Þ' or 'þ' => "th",
        'ß' => "ss",
        '\u0132' or '\u0133' => "ij",
        _ => null,
    };

    private static char OneLetterFold(char c)
    {
        var folded = c switch
        {
            >= '\u00C0' and <= '\u00FF' => Latin1[c - '\u00C0'],
            >= '\u0100' and <= '\u017F' => LatinExtendedA[c - '\u0100'],
            '\u01A0' or '\u01A1' => 'o',
            '\u01AF' or '\u01B0' => 'u',
            '\u0218' or '\u0219' => 's',
            '\u021A' or '\u021B' => 't',
            >= '\u1EA0' and <= '\u1EB7' => 'a',
            >= '\u1EB8' and <= '\u1EC7' => 'e',
            >= '\u1EC8' and <= '\u1ECB' => 'i',
            >= '\u1ECC' and <= '\u1EE3' => 'o',
            >= '\u1EE4' and <= '\u1EF1' => 'u',
            >= '\u1EF2' and <= '\u1EF9' => 'y',
            _ => '-',
        };
        return folded == '-' ? char.ToLowerInvariant(c) : folded;
    }
}
