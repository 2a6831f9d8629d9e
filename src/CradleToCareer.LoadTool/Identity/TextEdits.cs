namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// Mistakes in a name: keying (one inserted, deleted or substituted letter, or two neighbours swapped) and reading
/// a scanned form (OCR: a letter read as a digit or as letters of a similar shape, and back).
/// </summary>
public static class TextEdits
{
    /// <summary>By case: a capital reads as another digit than its small letter, and only small letters split in two.</summary>
    private static readonly SpellingSwaps OcrMisreads = new(
        [
            ("o", "0"), ("l", "1"), ("i", "1"), ("s", "5"), ("b", "6"), ("z", "2"), ("g", "9"),
            ("O", "0"), ("I", "1"), ("S", "5"), ("B", "8"), ("Z", "2"), ("G", "6"), ("D", "0"),
            ("m", "rn"), ("rn", "m"), ("d", "cl"), ("cl", "d"), ("w", "vv"), ("h", "li"), ("u", "ii"),
        ],
        [],
        StringComparison.Ordinal);

    public static bool CanMisread(string text) => OcrMisreads.AppliesTo(text);

    /// <summary>One OCR confusion ("Simon" read as "5imon" or "Sirnon"); the text must have a letter OCR confuses.</summary>
    public static string OcrMisread(Random rng, string text) => OcrMisreads.ApplyOne(rng, text);

    /// <summary>One edit that always changes the text; letters keep the case of the position they land on.</summary>
    public static string Typo(Random rng, string text)
    {
        while (true)
        {
            var edited = rng.Next(4) switch
            {
                0 => Insert(rng, text),
                1 => text.Length > 2 ? Delete(rng, text) : text,
                2 => Substitute(rng, text),
                _ => SwapNeighbours(rng, text),
            };
            if (!string.Equals(edited, text, StringComparison.Ordinal))
            {
                return edited;
            }
        }
    }

    private static string Insert(Random rng, string text)
    {
        var at = rng.Next(text.Length + 1);
        var letter = RandomLetter(rng);
        return text.Insert(at, (at == 0 ? char.ToUpperInvariant(letter) : letter).ToString());
    }

    private static string Delete(Random rng, string text) => text.Remove(rng.Next(text.Length), 1);

    private static string Substitute(Random rng, string text)
    {
        var at = rng.Next(text.Length);
        var chars = text.ToCharArray();
        chars[at] = CaseOf(text[at], RandomLetter(rng));
        return new string(chars);
    }

    private static string SwapNeighbours(Random rng, string text)
    {
        if (text.Length < 2)
        {
            return text;
        }
        var at = rng.Next(text.Length - 1);
        var chars = text.ToCharArray();
        chars[at] = CaseOf(text[at], text[at + 1]);
        chars[at + 1] = CaseOf(text[at + 1], text[at]);
        return new string(chars);
    }

    private static char RandomLetter(Random rng) => (char)('a' + rng.Next(26));

    private static char CaseOf(char model, char letter) =>
        char.IsUpper(model) ? char.ToUpperInvariant(letter) : char.ToLowerInvariant(letter);
}
