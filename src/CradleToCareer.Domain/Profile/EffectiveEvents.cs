using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Profile;

/// <summary>Turns whatever arrived into the set that counts: one event per key, minus retracted events.</summary>
/// <remarks>
/// Runs on every projection of a profile (after each change a student grain takes, to raise alerts), so it keeps to one
/// dictionary and one sort: grouping and ordering through LINQ cost a quarter of a projection.
/// </remarks>
internal static class EffectiveEvents
{
    private static readonly Comparison<SourceEvent> ByKey = (x, y) => EventKeyOrder.Keys.Compare(x.Key, y.Key);

    /// <summary>
    /// Collapses events sharing a key (the first to arrive is kept), drops every event retracted by a retraction from its
    /// own source (whichever arrived first), and returns the remaining non-retraction events ordered by key.
    /// A retraction never removes another retraction.
    /// </summary>
    public static IReadOnlyList<SourceEvent> Of(IEnumerable<SourceEvent> events)
    {
        var firstOfKey = new Dictionary<EventKey, SourceEvent>();
        HashSet<EventKey>? retracted = null;
        foreach (var e in events)
        {
            if (firstOfKey.TryAdd(e.Key, e) && e.Body is Retraction retraction && retraction.Retracts.Source == e.Key.Source)
            {
                (retracted ??= []).Add(retraction.Retracts);
            }
        }

        var effective = new List<SourceEvent>(firstOfKey.Count);
        foreach (var e in firstOfKey.Values)
        {
            if (e.Body is not Retraction && retracted?.Contains(e.Key) != true)
            {
                effective.Add(e);
            }
        }

        // Keys are distinct here, so an unstable sort orders them as a stable one would.
        effective.Sort(ByKey);
        return effective;
    }
}
