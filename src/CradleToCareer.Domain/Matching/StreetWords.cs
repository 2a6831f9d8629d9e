using System.Text;

namespace CradleToCareer.Domain.Matching;

/// <summary>
/// Abbreviates street suffixes, directions and unit words the way the USPS does, so
/// "North Main Street" and "N Main St" normalize to the same text.
/// </summary>
internal static class StreetWords
{
    private static readonly Dictionary<string, string> Abbreviations = new()
    {
        ["street"] = "st", ["str"] = "st", ["avenue"] = "ave", ["av"] = "ave", ["avenida"] = "ave",
        ["road"] = "rd", ["drive"] = "dr", ["boulevard"] = "blvd", ["lane"] = "ln", ["court"] = "ct",
        ["place"] = "pl", ["circle"] = "cir", ["terrace"] = "ter", ["parkway"] = "pkwy", ["highway"] = "hwy",
        ["expressway"] = "expy", ["freeway"] = "fwy", ["square"] = "sq", ["trail"] = "trl", ["alley"] = "aly",
        ["crescent"] = "cres", ["heights"] = "hts", ["point"] = "pt", ["plaza"] = "plz", ["center"] = "ctr",
        ["route"] = "rte", ["mount"] = "mt", ["fort"] = "ft",
        ["north"] = "n", ["south"] = "s", ["east"] = "e", ["west"] = "w",
        ["northeast"] = "ne", ["northwest"] = "nw", ["southeast"] = "se", ["southwest"] = "sw",
        ["apartment"] = "apt", ["suite"] = "ste", ["building"] = "bldg", ["floor"] = "fl",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Replaces every known word of lower-case, single-spaced <paramref name="words"/> by its abbreviation.</summary>
    public static string Abbreviate(string words)
    {
        var result = new StringBuilder(words.Length);
        foreach (var range in words.AsSpan().Split(' '))
        {
            var word = words.AsSpan(range);
            if (result.Length > 0)
            {
                result.Append(' ');
            }

            if (BySpan.TryGetValue(word, out var abbreviation))
            {
                result.Append(abbreviation);
            }
            else
            {
                result.Append(word);
            }
        }

        return result.ToString();
    }
}
