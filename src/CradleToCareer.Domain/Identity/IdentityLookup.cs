namespace CradleToCareer.Domain.Identity;

/// <summary>
/// What the planner needs to know about identity for one batch: the persons the batch's identifier
/// tokens are linked to, and, for persons merged away, the survivor they stand for now.
/// </summary>
/// <param name="Links">Identifier token to the person it was linked to (as linked, before any merge).</param>
/// <param name="Survivors">Person id to its survivor, only for persons currently merged into another.</param>
public sealed record IdentityLookup(
    IReadOnlyDictionary<string, string> Links,
    IReadOnlyDictionary<string, string> Survivors)
{
    /// <summary>
    /// Pairs of persons a steward kept apart (dismissed a review item of theirs as "not the same person"), as
    /// <see cref="PairKey"/>s; the matcher never merges them.
    /// </summary>
    public IReadOnlySet<string> KeptApart { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public string CanonicalOf(string personId) => Survivors.GetValueOrDefault(personId, personId);

    /// <summary>Whether a steward kept the two persons apart, by the ids given or by the persons they stand for now.</summary>
    public bool AreKeptApart(string a, string b) =>
        KeptApart.Contains(PairKey(a, b)) || KeptApart.Contains(PairKey(CanonicalOf(a), CanonicalOf(b)));

    public IdentityLookup WithKeptApart(IEnumerable<(string A, string B)> pairs) =>
        this with { KeptApart = pairs.Select(pair => PairKey(pair.A, pair.B)).Concat(KeptApart).ToHashSet(StringComparer.Ordinal) };

    /// <summary>The two ids in ordinal order, so a pair is the same whichever comes first.</summary>
    public static string PairKey(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? $"{a} {b}" : $"{b} {a}";

    public IdentityLookup WithSurvivors(IReadOnlyDictionary<string, string> more) =>
        more.Count == 0
            ? this
            : this with { Survivors = Survivors.Concat(more).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal) };
}
