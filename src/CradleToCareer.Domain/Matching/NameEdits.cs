namespace CradleToCareer.Domain.Matching;

/// <summary>
/// The deletion neighbourhood of a name: the name itself and every string made by deleting one of
/// its letters. Two names one insertion, deletion, substitution or adjacent transposition apart share
/// at least one of these strings; so do a few names two edits apart where one letter moved
/// (Marian/Marina).
/// </summary>
/// <remarks>
/// A lost or wrong first letter is a common slip ("lías" for Elías), so it counts too. The price is
/// that rhyming names (Mason/Jason) and short names one letter apart (Mia/Max) compare as Partial:
/// twins with such names, same sex, same address, are linked; the benchmark in docs/identity.md
/// counts how often. Names shorter than <see cref="MinimumLength"/> letters have no neighbourhood.
/// </remarks>
internal static class NameEdits
{
    public const int MinimumLength = 3;

    private const int StackChars = 64;

    /// <summary>The sorted, distinct keyed tokens of the neighbourhoods of the given names; null when none has one.</summary>
    public static long[]? Tokens(MatchHasher hasher, string field, params ReadOnlySpan<string?> names)
    {
        var tokens = new SortedSet<long>();
        Span<char> stack = stackalloc char[StackChars];
        foreach (var name in names)
        {
            if (name is null || name.Length < MinimumLength)
            {
                continue;
            }

            tokens.Add(hasher.Token(field, name));
            var shorter = name.Length <= StackChars ? stack : new char[name.Length];
            for (var deleted = 0; deleted < name.Length; deleted++)
            {
                name.AsSpan(0, deleted).CopyTo(shorter);
                name.AsSpan(deleted + 1).CopyTo(shorter[deleted..]);
                tokens.Add(hasher.Token(field, shorter[..(name.Length - 1)]));
            }
        }

        return tokens.Count == 0 ? null : [.. tokens];
    }

    /// <summary>Whether two sorted token arrays share a token, by a merge; false when either is null.</summary>
    public static bool Overlap(long[]? a, long[]? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        var i = 0;
        var j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                return true;
            }

            if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }
}
