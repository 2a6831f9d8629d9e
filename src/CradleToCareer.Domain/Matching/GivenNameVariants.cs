namespace CradleToCareer.Domain.Matching;

/// <summary>
/// Common English and Spanish given-name variants (nicknames, diminutives, spellings) and the name
/// each belongs to, so "Bill" and "William" compare as the same first name. Nicknames shared by
/// names of different people (Alex, Chris, Sam, Pat, Jo, Jess, Jessie, Terry, Drew, Jackie, Frank,
/// Beto, Bert, …) are left out on purpose: mapping them would make, say, an Alexander and an
/// Alexandra agree.
/// </summary>
internal static class GivenNameVariants
{
    private static readonly Dictionary<string, string> RootByName = BuildIndex([.. EnglishGivenNames.Groups, .. SpanishGivenNames.Groups]);

    /// <summary>The root of a normalized given name: "bill" → "william"; a name the table does not know is its own root.</summary>
    public static string RootOf(string normalizedName) =>
        RootByName.TryGetValue(normalizedName, out var root) ? root : normalizedName;

    /// <summary>Indexes groups (root first, space-separated); fails when a name is listed under two roots.</summary>
    internal static Dictionary<string, string> BuildIndex(string[] groups)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var names = group.Split(' ');
            foreach (var name in names)
            {
                if (!index.TryAdd(name, names[0]) && index[name] != names[0])
                {
                    throw new InvalidOperationException($"The given name '{name}' is listed under two roots.");
                }
            }
        }

        return index;
    }
}
