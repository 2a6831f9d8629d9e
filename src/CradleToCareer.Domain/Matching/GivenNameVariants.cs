namespace CradleToCareer.Domain.Matching;

/// <summary>
/// Common English and Spanish given-name variants (nicknames, diminutives, spellings) and the names
/// each belongs to, so "Bill" and "William" compare as the same first name. A nickname several names
/// share (Alex: Alexander, Alexandra, Alejandro) belongs to all of them: it agrees with each, while
/// Alexander and Alexandra still do not agree with each other.
/// </summary>
internal static class GivenNameVariants
{
    private static readonly string[] AllGroups = [.. EnglishGivenNames.Groups, .. SpanishGivenNames.Groups];

    private static readonly Dictionary<string, string[]> RootsByName = BuildIndex(AllGroups);

    private static readonly Dictionary<string, string[]> NamesByRoot = AllGroups
        .Select(group => group.Split(' '))
        .GroupBy(names => names[0], StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.SelectMany(names => names).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// The roots of a normalized given name, sorted: "bill" → [william], "alex" → [alejandro, alexander,
    /// alexandra]; a name the table does not know is its own only root.
    /// </summary>
    public static IReadOnlyList<string> RootsOf(string normalizedName) =>
        RootsByName.TryGetValue(normalizedName, out var roots) ? roots : [normalizedName];

    /// <summary>
    /// Every name of the groups the name belongs to (its roots and all their variants); empty for a name
    /// the table does not know.
    /// </summary>
    public static IReadOnlyList<string> RelativesOf(string normalizedName) =>
        RootsByName.TryGetValue(normalizedName, out var roots)
            ? [.. roots.SelectMany(root => NamesByRoot[root]).Distinct(StringComparer.Ordinal)]
            : [];

    /// <summary>Indexes groups (root first, space-separated); a name may sit in several groups.</summary>
    internal static Dictionary<string, string[]> BuildIndex(string[] groups)
    {
        var roots = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var names = group.Split(' ');
            foreach (var name in names)
            {
                if (!roots.TryGetValue(name, out var set))
                {
                    roots[name] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(names[0]);
            }
        }

        return roots.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }
}
