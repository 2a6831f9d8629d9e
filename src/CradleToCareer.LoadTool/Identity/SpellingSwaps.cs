namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// A table of letter groups that can stand for each other ("ph" for "f"): where in a text each applies, and one
/// applied at random. <paramref name="endings"/> apply only at the end of the text. Matching compares by
/// <paramref name="comparison"/>; the replacement takes the case of the letter it lands on.
/// </summary>
public sealed class SpellingSwaps((string From, string To)[] anywhere, (string From, string To)[] endings, StringComparison comparison)
{
    public bool AppliesTo(string text) => Places(text).Any();

    /// <summary>One of the applicable swaps at one of its places; the text must have one (<see cref="AppliesTo"/>).</summary>
    public string ApplyOne(Random rng, string text)
    {
        var places = Places(text).ToArray();
        var (at, from, to) = places[rng.Next(places.Length)];
        var replacement = char.IsUpper(text[at]) ? char.ToUpperInvariant(to[0]) + to[1..] : to;
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + from.Length));
    }

    private IEnumerable<(int At, string From, string To)> Places(string text)
    {
        foreach (var (from, to) in anywhere)
        {
            for (var at = text.IndexOf(from, comparison); at >= 0; at = text.IndexOf(from, at + 1, comparison))
            {
                yield return (at, from, to);
            }
        }
        foreach (var (from, to) in endings)
        {
            if (text.EndsWith(from, comparison) && text.Length > from.Length)
            {
                yield return (text.Length - from.Length, from, to);
            }
        }
    }
}
