using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.Identity;

/// <summary>What the log needs to know about the matcher's decisions before it plans a batch's second pass.</summary>
public static class Placements
{
    /// <summary>The existing persons the decisions link records to or merge: their survivors must be looked up.</summary>
    public static IEnumerable<string> LinkedPersons(IReadOnlyDictionary<int, MatchDecision> placements) =>
        placements.Values.Where(d => !d.IsNewPerson).SelectMany(d => (IEnumerable<string>)[d.PersonId, .. d.Bridged ?? []]);
}
