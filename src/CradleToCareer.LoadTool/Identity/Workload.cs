using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>An event of a pass and the record it stands for, by source and index there.</summary>
public sealed record SourcedEvent(SourceSide Side, int Index, GeneratedEvent Event);

/// <summary>
/// The events of one pass in stages (<see cref="SourceOrders.Arrange"/>): each stage is sent whole and answered before
/// the next begins, so with A then B no B record is matched before its A counterpart is committed.
/// </summary>
public sealed record Workload(IReadOnlyList<IReadOnlyList<SourcedEvent>> Stages)
{
    public int Count => Stages.Sum(stage => stage.Count);

    public IEnumerable<GeneratedEvent> All => Stages.SelectMany(stage => stage).Select(sourced => sourced.Event);

    /// <summary>Pass 1: every record arrives under a new id, so the service must match it.</summary>
    public static Workload Arrivals(IEnumerable<SourceRecord> sourceA, IEnumerable<SourceRecord> sourceB, string tag, SourceOrder order, int seed) =>
        Of(SourceOrders.Arrange(sourceA, sourceB, order, seed), r => IdentityEvents.Arrival(r, tag));

    /// <summary>Pass 2: one follow-up per record by its now-known id, in the order of pass 1.</summary>
    public static Workload FollowUps(Population population, string tag, SourceOrder order, int seed) =>
        Of(SourceOrders.Arrange(population.SourceA, population.SourceB, order, seed), r => IdentityEvents.FollowUp(r, tag));

    /// <summary>One stage of events in the order given, each counted as source A's record at its position.</summary>
    public static Workload InOrder(IEnumerable<GeneratedEvent> events) =>
        new([[.. events.Select((e, position) => new SourcedEvent(SourceSide.A, position, e))]]);

    private static Workload Of(IReadOnlyList<IReadOnlyList<SourceRecord>> stages, Func<SourceRecord, GeneratedEvent> toEvent) =>
        new([.. stages.Select(stage => (IReadOnlyList<SourcedEvent>)[.. stage.Select(r => new SourcedEvent(r.Side, r.Index, toEvent(r)))])]);
}
