namespace CradleToCareer.LoadTool.Identity;

/// <summary>Keying mistakes in a name: one inserted, deleted or substituted letter, or two neighbours swapped.</summary>
public static class TextEdits
{
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
