using System.Globalization;

namespace CradleToCareer.Domain.Text;

/// <summary>
/// Text is text (events.md): a string the service reads may not hold a control character (U+0000-U+001F,
/// U+007F-U+009F) or a bidirectional override (U+202A-U+202E, U+2066-U+2069). A string that is not valid
/// UTF-16 (an unpaired surrogate) is not text either. Everything else, emoji and other scripts included, is.
/// </summary>
public static class PlainText
{
    /// <summary>What a string must be, for error messages; it names ranges, never a submitted value.</summary>
    public const string Rule =
        "text without control characters (U+0000-U+001F, U+007F-U+009F) or bidirectional overrides (U+202A-U+202E, U+2066-U+2069)";

    public static bool IsForbidden(char c) =>
        c is <= '\u001F' or (>= '\u007F' and <= '\u009F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>True when the string holds no forbidden character and no unpaired surrogate.</summary>
    public static bool IsText(string value) => Problem(value) is null;

    /// <summary>Why the string is not text (naming the first offending code point, not the value), or null when it is.</summary>
    public static string? Problem(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsForbidden(c))
            {
                return $"must be {Rule}; it holds {CodePoint(c)}, {(c >= '\u202A' ? "a bidirectional override" : "a control character")}";
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return UnpairedSurrogate;
            }
        }

        return null;
    }

    /// <summary>The message for a JSON string whose escapes do not make valid UTF-16.</summary>
    internal const string UnpairedSurrogate = "must be valid Unicode text; it holds an unpaired surrogate";

    private static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
