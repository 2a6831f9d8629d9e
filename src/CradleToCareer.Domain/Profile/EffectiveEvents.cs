using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Profile;

/// <summary>Turns whatever arrived into the set that counts: one event per key, minus retracted events.</summary>
internal static class EffectiveEvents
{
    /// <summary>
    /// Collapses events sharing a key, drops every event retracted by a retraction from its own source
    /// (whichever arrived first), and returns the remaining non-retraction events ordered by key.
    /// A retraction never removes another retraction.
    /// </summary>
    public static IReadOnlyList<SourceEvent> Of(IEnumerable<SourceEvent> events)
    {
        var distinct = events
            .GroupBy(e => e.Key)
            .Select(group => group.First())
            .ToList();

        var retracted = distinct
            .Where(e => e.Body is Retraction retraction && retraction.Retracts.Source == e.Key.Source)
            .Select(e => ((Retraction)e.Body).Retracts)
            .ToHashSet();

        return distinct
            .Where(e => e.Body is not Retraction && !retracted.Contains(e.Key))
            .OrderBy(e => e.Key, EventKeyOrder.Keys)
            .ToList();
    }
}
