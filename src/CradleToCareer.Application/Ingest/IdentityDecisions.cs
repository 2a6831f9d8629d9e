using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.Ingest;

/// <summary>
/// Appends a batch to the log, placing its records with only new identifiers on the way: the log's ingest session
/// holds the identity lock across placing, committing and indexing, so identity decisions are serialised
/// cluster-wide. The log never calls the matcher; this class calls both.
/// </summary>
public sealed class IdentityDecisions(IEventLog eventLog, IRecordMatcher matcher)
{
    /// <summary>One outcome per event, in order; the accepted ones are committed durably when this returns.</summary>
    public async Task<IReadOnlyList<AppendOutcome>> AppendAsync(IReadOnlyList<PendingEvent> batch, CancellationToken cancellationToken)
    {
        await using var session = await eventLog.BeginIngestAsync(batch, cancellationToken);
        var positions = session.PositionsToPlace;
        var placement = positions.Count == 0
            ? MatchPlacement.None
            : await matcher.PlaceAsync([.. positions.Select(i => SubjectOf(batch[i]))], cancellationToken);
        var decisions = positions.Select((position, i) => (position, placement.Decisions[i])).ToDictionary();
        var committed = await session.CommitAsync(decisions, cancellationToken);
        await matcher.IndexAsync(placement, committed.MatchRecords, cancellationToken);
        return committed.Outcomes;
    }

    private static MatchSubject SubjectOf(PendingEvent pending) => new(pending.Event.Key.ToString(), pending.Event.Student);
}
