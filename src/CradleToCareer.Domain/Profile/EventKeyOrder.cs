using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Profile;

/// <summary>The deterministic tie-breakers: keys by source then id (ordinal); recency by time (none = oldest), then key.</summary>
internal static class EventKeyOrder
{
    public static readonly IComparer<EventKey> Keys = Comparer<EventKey>.Create(CompareKeys);

    public static readonly IComparer<SourceEvent> Recency = Comparer<SourceEvent>.Create(CompareRecency);

    private static int CompareKeys(EventKey? x, EventKey? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var bySource = string.CompareOrdinal(x.Source, y.Source);
        return bySource != 0 ? bySource : string.CompareOrdinal(x.Id, y.Id);
    }

    private static int CompareRecency(SourceEvent? x, SourceEvent? y)
    {
        var byTime = Nullable.Compare(x?.Time, y?.Time);
        return byTime != 0 ? byTime : CompareKeys(x?.Key, y?.Key);
    }
}
