namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// Made-up names for probe students, drawn from a 64-bit value: three syllables for the first name, five for the
/// last, out of 168 syllables. The service's matcher links records on names and birth dates, and a probe graduate
/// linked to someone else would leave its cohort one short; a catalog of real names would hand thousands of
/// graduates born on one day the same first and last name. Two made-up names are spelled alike (a partial
/// agreement) about once in 10^3 pairs for first names and 10^5 or fewer for last names, and a link needs both.
/// </summary>
public static class ProbeNames
{
    private static readonly string[] Onsets =
        ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr", "sh", "ch", "th", "gr"];

    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ou"];

    public static int Syllables => Onsets.Length * Vowels.Length;

    /// <summary>The first and last name for <paramref name="value"/>: its base-168 digits, lowest first, one per syllable.</summary>
    public static (string First, string Last) For(ulong value)
    {
        var syllables = new string[8];
        for (var i = 0; i < syllables.Length; i++)
        {
            var digit = (int)(value % (ulong)Syllables);
            value /= (ulong)Syllables;
            syllables[i] = Onsets[digit / Vowels.Length] + Vowels[digit % Vowels.Length];
        }
        return (Capitalized(string.Concat(syllables[..3])), Capitalized(string.Concat(syllables[3..])));
    }

    private static string Capitalized(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
