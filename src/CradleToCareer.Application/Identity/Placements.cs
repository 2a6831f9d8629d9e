using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Application.Identity;

/// <summary>Asks the matcher to place the batch positions the planner's first pass named.</summary>
public static class Placements
{
    /// <summary>The decision per batch position (empty when none is needed).</summary>
    public static async Task<IReadOnlyDictionary<int, MatchDecision>> RequestAsync(
        IRecordMatcher matcher, IReadOnlyList<PendingEvent> batch, IReadOnlyList<int> positions, CancellationToken cancellationToken)
    {
        if (positions.Count == 0)
        {
            return new Dictionary<int, MatchDecision>();
        }

        var decisions = await matcher.PlaceAsync(
            [.. positions.Select(i => new MatchSubject(batch[i].Event.Key.ToString(), batch[i].Event.Student))], cancellationToken);
        return positions.Select((position, i) => (position, decisions[i])).ToDictionary(p => p.position, p => p.Item2);
    }

    /// <summary>The existing persons the decisions link records to: their survivors must be looked up.</summary>
    public static IEnumerable<string> LinkedPersons(IReadOnlyDictionary<int, MatchDecision> placements) =>
        placements.Values.Where(d => !d.IsNewPerson).Select(d => d.PersonId);
}
