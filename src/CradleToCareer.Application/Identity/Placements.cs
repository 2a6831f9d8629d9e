using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.Identity;

/// <summary>What the log needs to know about the matcher's decisions before it plans a batch's second pass.</summary>
public static class Placements
{
    /// <summary>
    /// The persons of the merges the decisions ask for (each record's person with each person it bridges to): whether a
    /// steward kept any of them apart must be looked up.
    /// </summary>
    public static IReadOnlyList<string> BridgedPersons(IReadOnlyDictionary<int, MatchDecision> placements) =>
        [.. placements.Values.Where(d => d.Bridged is { Count: > 0 }).SelectMany(d => (IEnumerable<string>)[d.PersonId, .. d.Bridged!]).Distinct(StringComparer.Ordinal)];

    /// <summary>The existing persons the decisions link records to or merge: their survivors must be looked up.</summary>
    public static IEnumerable<string> LinkedPersons(IReadOnlyDictionary<int, MatchDecision> placements) =>
        placements.Values.Where(d => !d.IsNewPerson).SelectMany(d => (IEnumerable<string>)[d.PersonId, .. d.Bridged ?? []]);
}
