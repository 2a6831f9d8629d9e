using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.EventLog;

/// <summary>
/// One batch's turn at the identity lock: it holds the lock from <see cref="IEventLog.BeginIngestAsync"/> until it
/// is disposed, also when a step fails (then nothing of the batch is written).
/// </summary>
public interface IIngestSession : IAsyncDisposable
{
    /// <summary>The batch positions the planner's first pass found with only new identifiers: the matcher places them.</summary>
    IReadOnlyList<int> PositionsToPlace { get; }

    /// <summary>
    /// Plans the batch with the matcher's decision for each of <see cref="PositionsToPlace"/>, writes the plan and
    /// commits it durably. Returns the committed plan: one outcome per event, in order, and the new match records.
    /// </summary>
    Task<IngestPlan> CommitAsync(IReadOnlyDictionary<int, MatchDecision> placements, CancellationToken cancellationToken);

    /// <summary>
    /// Records, after the commit, that the batch's match records have been handed to the blocking-key grains: matching
    /// that starts from now finds them there rather than in the store (<see cref="Identity.IMatchRecordSource.IndexedThroughAsync"/>).
    /// </summary>
    Task MarkIndexedAsync(CancellationToken cancellationToken);
}
