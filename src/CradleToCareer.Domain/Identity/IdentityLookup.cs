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
    public string CanonicalOf(string personId) => Survivors.GetValueOrDefault(personId, personId);

    public IdentityLookup WithSurvivors(IReadOnlyDictionary<string, string> more) =>
        more.Count == 0
            ? this
            : this with { Survivors = Survivors.Concat(more).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal) };
}
