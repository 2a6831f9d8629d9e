using PdfSharp.Drawing;

namespace CradleToCareer.Host.Transcripts.Pdf;

/// <summary>
/// Breaks text into lines that fit a width: at spaces, and inside a word only when the word alone is too wide,
/// then after a slash or a hyphen where it has one, so an address breaks between its parts.
/// </summary>
internal static class TextWrap
{
    /// <summary>At least one line; whitespace runs, line breaks included, become single spaces.</summary>
    public static IReadOnlyList<string> Lines(XGraphics graphics, string text, XFont font, double width)
    {
        bool Fits(string line) => graphics.MeasureString(line, font).Width <= width;

        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var longer = line.Length == 0 ? word : line + " " + word;
            if (Fits(longer))
            {
                line = longer;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (!Fits(line))
            {
                var cut = LongestFittingPrefix(line, Fits);
                lines.Add(line[..cut]);
                line = line[cut..];
            }
        }

        lines.Add(line);
        return lines;
    }

    /// <summary>
    /// The length of the start of <paramref name="word"/> to put on a line: the longest that fits, cut back to
    /// just after its last slash or hyphen if it has one; at least one character, never half a surrogate pair.
    /// </summary>
    private static int LongestFittingPrefix(string word, Func<string, bool> fits)
    {
        var cut = word.Length - 1;
        while (cut > 1 && (!fits(word[..cut]) || char.IsLowSurrogate(word[cut])))
        {
            cut--;
        }

        var afterBreak = word.LastIndexOfAny(['/', '-'], cut - 1) + 1;
        return afterBreak > 0 ? afterBreak : cut;
    }
}
