using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>The events of one pass: source A's, then source B's, in record order.</summary>
public sealed record Workload(IReadOnlyList<GeneratedEvent> SourceA, IReadOnlyList<GeneratedEvent> SourceB)
{
    public int Count => SourceA.Count + SourceB.Count;

    public IEnumerable<GeneratedEvent> All => SourceA.Concat(SourceB);

    /// <summary>Pass 1: every record arrives under a new id, so the service must match it.</summary>
    public static Workload Arrivals(IEnumerable<SourceRecord> sourceA, IEnumerable<SourceRecord> sourceB, string tag) =>
        Of(sourceA, sourceB, r => IdentityEvents.Arrival(r, tag));

    /// <summary>Pass 2: one follow-up per record by its now-known id.</summary>
    public static Workload FollowUps(Population population, string tag) =>
        Of(population.SourceA, population.SourceB, r => IdentityEvents.FollowUp(r, tag));

    private static Workload Of(IEnumerable<SourceRecord> sourceA, IEnumerable<SourceRecord> sourceB, Func<SourceRecord, GeneratedEvent> toEvent) =>
        new([.. sourceA.Select(toEvent)], [.. sourceB.Select(toEvent)]);
}
