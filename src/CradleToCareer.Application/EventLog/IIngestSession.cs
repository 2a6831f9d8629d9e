using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.EventLog;

/// <summary>
/// One batch's turn at identity decisions: from <see cref="IEventLog.BeginIngestAsync"/> until it is disposed, also when
/// a step fails (then nothing of the batch is written), it holds the claims it began with, so no other batch decides on
/// the same identifiers or blocks meanwhile. The claims are held past the commit until the matcher has indexed the new
/// records, so the next batch that claims the same keys finds them there.
/// </summary>
public interface IIngestSession : IAsyncDisposable
{
    /// <summary>The batch positions the planner's first pass found with only new identifiers: the matcher places them.</summary>
    IReadOnlyList<int> PositionsToPlace { get; }

    /// <summary>The batch's identifier tokens no person was linked to when the session read the links.</summary>
    IReadOnlySet<string> UnlinkedTokens { get; }

    /// <summary>
    /// True when what the session holds covers <paramref name="needed"/>. When it does not, the batch must not decide:
    /// it ends the session and begins again with the claims it now knows it needs.
    /// </summary>
    bool Holds(IdentityClaims needed);

    /// <summary>
    /// Plans the batch with the matcher's decision for each of <see cref="PositionsToPlace"/>, writes the plan and
    /// commits it durably. Returns the committed plan: one outcome per event, in order, and the new match records.
    /// </summary>
    Task<IngestPlan> CommitAsync(IReadOnlyDictionary<int, MatchDecision> placements, CancellationToken cancellationToken);
}
