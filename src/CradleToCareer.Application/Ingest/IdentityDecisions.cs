using System.Data.Common;
using CradleToCareer.Application.Diagnostics;
using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Application.Ingest;

/// <summary>
/// Appends a batch to the log, placing its records with only new identifiers on the way. Two batches wait for each
/// other only where their identity decisions could collide: the batch names what it may decide on (its new identifier
/// tokens and the blocking keys of the records it may place, <see cref="IdentityClaims"/>) and its event log session
/// holds those claims across placing, committing and indexing. The matcher's work that needs nothing held (encoding,
/// weighing names) is done before the batch takes its turn, for the records a preview of the planner says will be
/// placed; under the claims the matcher compares them with the blocking index and decides. Should the session find the
/// batch needs more than it claimed (another batch changed the links in the meantime), it ends and begins again with
/// the larger claims. Should its commit meet another batch's commit of the same event (batches that link nothing new
/// claim nothing, so a re-send racing its first send is not kept apart), nothing of it was written and it begins again,
/// now finding that event logged. The log never calls the matcher; this class calls both.
/// </summary>
/// <remarks>
/// One bad event never fails its neighbours. When the store refuses a batch (it answered, but would not take what it
/// was given), nothing of it was written; the batch is split in halves and each half appended on its own, down to
/// single events, so every event the store takes is committed and the one it refuses is <c>rejected</c> alone. A store
/// out of reach, a cancelled request or a timeout fails the whole batch: no event would fare better alone.
/// </remarks>
public sealed class IdentityDecisions(
    IEventLog eventLog, IRecordMatcher matcher, IStudentProfiles students, ILogger<IdentityDecisions> logger)
{
    private readonly KnownIdentifiers _known = new();

    /// <summary>The answer for an event the store refused; nothing of it was kept.</summary>
    public static readonly AppendOutcome Refused = new(
        AppendStatus.Rejected,
        null,
        new FieldError("", "could not be stored: the database refused its content (for example a NUL or other control character); nothing of it was kept"));

    /// <summary>One outcome per event, in order; the accepted ones are committed durably when this returns.</summary>
    public async Task<IReadOnlyList<AppendOutcome>> AppendAsync(IReadOnlyList<PendingEvent> batch, CancellationToken cancellationToken)
    {
        if (await TryAppendTogetherAsync(batch, cancellationToken) is { } outcomes)
        {
            return outcomes;
        }

        if (batch.Count == 1)
        {
            return [Refused];
        }

        var half = batch.Count / 2;
        var first = await AppendAsync([.. batch.Take(half)], cancellationToken);
        var second = await AppendAsync([.. batch.Skip(half)], cancellationToken);
        return [.. first, .. second];
    }

    /// <summary>
    /// The batch's outcomes, or null when the store refused the batch before its commit (so nothing of it was
    /// written). Once committed, a failure is the caller's to see: the events are in the log.
    /// </summary>
    private async Task<IReadOnlyList<AppendOutcome>?> TryAppendTogetherAsync(IReadOnlyList<PendingEvent> batch, CancellationToken cancellationToken)
    {
        Prepared prepared;
        try
        {
            prepared = await PrepareAsync(batch, cancellationToken);
        }
        catch (Exception failure) when (IsRefusal(failure, cancellationToken))
        {
            return Refusal(failure, batch.Count);
        }

        var claims = prepared.Claims;
        var races = 0;
        while (true)
        {
            IIngestSession session;
            try
            {
                session = await eventLog.BeginIngestAsync(batch, claims, cancellationToken);
            }
            catch (Exception failure) when (IsRefusal(failure, cancellationToken))
            {
                return Refusal(failure, batch.Count);
            }

            IngestPlan committed;
            await using (session)
            {
                MatchPlacement placement;
                try
                {
                    var positions = session.PositionsToPlace;
                    prepared = await CoveringAsync(batch, prepared, positions, cancellationToken);
                    var needed = new IdentityClaims(session.UnlinkedTokens, prepared.Work?.BlockingKeysOf(prepared.IndexesOf(positions)) ?? NoKeys);
                    if (!session.Holds(needed))
                    {
                        claims = claims.With(needed);
                        continue;
                    }

                    placement = positions.Count == 0
                        ? MatchPlacement.None
                        : await matcher.PlaceAsync(prepared.Work!, prepared.IndexesOf(positions), cancellationToken);
                    var decisions = positions.Select((position, i) => (position, placement.Decisions[i])).ToDictionary();
                    committed = await session.CommitAsync(decisions, cancellationToken);
                }
                catch (Exception failure) when (eventLog.IsRace(failure) && races++ < MostRaces)
                {
                    continue;
                }
                catch (Exception failure) when (IsRefusal(failure, cancellationToken))
                {
                    return Refusal(failure, batch.Count);
                }

                IngestTelemetry.Placed(placement.Decisions);
                _known.Add(committed.AcceptedRows.Select(row => row.Event));
                await matcher.IndexAsync(placement, committed.MatchRecords, cancellationToken);
            }

            await students.RefreshAsync(committed.Merges, logger);
            return committed.Outcomes;
        }
    }

    /// <summary>
    /// The batch positions the preview expects to place, the matcher's work done for them ahead, and the claims they
    /// call for.
    /// </summary>
    private sealed record Prepared(IReadOnlyList<int> Positions, MatchPreparation? Work, IdentityClaims Claims)
    {
        /// <summary>The indexes into <see cref="Work"/> of the given batch positions, all of which it covers.</summary>
        public IReadOnlyList<int> IndexesOf(IReadOnlyList<int> positions)
        {
            var indexOf = Positions.Select((position, index) => (position, index)).ToDictionary();
            return [.. positions.Select(position => indexOf[position])];
        }

        public bool Covers(IReadOnlyList<int> positions) => Work is not null && positions.ToHashSet().IsSubsetOf(Positions);
    }

    private static readonly IReadOnlySet<string> NoKeys = new HashSet<string>();

    /// <summary>
    /// How often a batch begins again after losing a race to another batch's commit (<see cref="IEventLog.IsRace"/>);
    /// each time it sees more of the log as it is, so a second loss is already rare.
    /// </summary>
    private const int MostRaces = 5;

    /// <summary>Nothing read ahead: every event's identifiers are known to be linked.</summary>
    private static readonly Prepared NothingAhead = new([], null, IdentityClaims.None);

    /// <summary>
    /// The preview, the matcher's work ahead and the claims they call for, unless every identifier of the batch is known
    /// to be linked (<see cref="KnownIdentifiers"/>): the usual batch of a source sending what its students did links
    /// nothing new, places nothing and claims nothing.
    /// </summary>
    private async Task<Prepared> PrepareAsync(IReadOnlyList<PendingEvent> batch, CancellationToken cancellationToken)
    {
        if (_known.AllKnown(batch))
        {
            return NothingAhead;
        }

        var preview = await eventLog.PreviewAsync(batch, cancellationToken);
        var positions = matcher.WorksAhead ? preview.PositionsToPlace : [];
        var work = positions.Count == 0 ? null : await matcher.PrepareAsync([.. positions.Select(i => SubjectOf(batch[i]))], cancellationToken);
        var keys = work?.BlockingKeysOf([.. Enumerable.Range(0, positions.Count)]) ?? NoKeys;
        return new Prepared(positions, work, new IdentityClaims(preview.UnlinkedTokens, keys));
    }

    /// <summary>
    /// Work that covers the session's positions: the work prepared ahead when it does, else the positions prepared
    /// here (nothing was prepared, the matcher does no work ahead, or another batch's commit changed what is new).
    /// </summary>
    private async Task<Prepared> CoveringAsync(
        IReadOnlyList<PendingEvent> batch, Prepared prepared, IReadOnlyList<int> positions, CancellationToken cancellationToken)
    {
        if (positions.Count == 0 || prepared.Covers(positions))
        {
            return prepared;
        }

        var work = await matcher.PrepareAsync([.. positions.Select(i => SubjectOf(batch[i]))], cancellationToken);
        return prepared with { Positions = positions, Work = work };
    }

    /// <summary>
    /// Says, once the batch is down to the one event the store refused, why it did: the failure's type and, from the
    /// database, its error code (never the event's content), so a refusal that is really a fault of ours shows.
    /// </summary>
    private IReadOnlyList<AppendOutcome>? Refusal(Exception failure, int batchSize)
    {
        if (batchSize == 1)
        {
            logger.LogWarning("An event was refused by the event log and answered rejected: {Failure} {Code}", failure.GetType().Name, (failure as DbException)?.SqlState);
        }

        return null;
    }

    private bool IsRefusal(Exception failure, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested
        && failure is not (OperationCanceledException or TimeoutException)
        && !eventLog.IsUnavailable(failure);

    private static MatchSubject SubjectOf(PendingEvent pending) => new(pending.Event.Key.ToString(), pending.Event.Student);
}
