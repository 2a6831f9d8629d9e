using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>Values in the lexical forms of the PESC simple types: invariant numbers and dates, text within its maximum length.</summary>
internal static class PescText
{
    /// <summary>The maximum length of a PESC NoteMessage.</summary>
    public const int NoteLength = 80;

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Two decimals, as GPAs are given everywhere else (api.md).</summary>
    public static string Gpa(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>xs:gYearMonth, the form of a SessionDesignator.</summary>
    public static string YearMonth(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>xs:dateTime in UTC, fractional seconds only when there are any.</summary>
    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// The text without characters XML cannot carry, trimmed and cut to <paramref name="maxLength"/>
    /// (the schema's limit); null when nothing is left, since PESC strings need at least one character.
    /// </summary>
    public static string? Fit(string? text, int maxLength)
    {
        var clean = XmlSafe(text).Trim();
        return clean.Length == 0 ? null : clean[..CutLength(clean, maxLength)];
    }

    /// <summary>The text as NoteMessage elements of at most 80 characters each; none for blank text.</summary>
    public static IEnumerable<XElement> Notes(string? text)
    {
        var rest = XmlSafe(text).Trim();
        while (rest.Length > 0)
        {
            var length = CutLength(rest, NoteLength);
            yield return new XElement("NoteMessage", rest[..length]);
            rest = rest[length..];
        }
    }

    private static int CutLength(string text, int maxLength) =>
        text.Length <= maxLength ? text.Length
        : char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1
        : maxLength;

    private static string XmlSafe(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i, 2);
                i++;
            }
        }

        return kept.ToString();
    }
}
