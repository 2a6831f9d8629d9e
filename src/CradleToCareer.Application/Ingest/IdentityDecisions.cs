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
/// Appends a batch to the log, placing its records with only new identifiers on the way: the log's ingest session
/// holds the identity lock across placing, committing and indexing, so identity decisions are serialised
/// cluster-wide. The matcher's work that needs no lock (encoding, comparing with the blocking index) is done before
/// the batch takes its turn, for the records a preview of the planner says will be placed; under the lock the matcher
/// only compares them with what was committed since, and decides. The log never calls the matcher; this class calls both.
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
        IIngestSession session;
        Prepared prepared;
        try
        {
            prepared = await PrepareAsync(batch, cancellationToken);
            session = await eventLog.BeginIngestAsync(batch, cancellationToken);
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
                placement = positions.Count == 0 ? MatchPlacement.None : await PlaceAsync(batch, prepared, positions, cancellationToken);
                var decisions = positions.Select((position, i) => (position, placement.Decisions[i])).ToDictionary();
                committed = await session.CommitAsync(decisions, cancellationToken);
            }
            catch (Exception failure) when (IsRefusal(failure, cancellationToken))
            {
                return Refusal(failure, batch.Count);
            }

            IngestTelemetry.Placed(placement.Decisions);
            if (matcher.WorksAhead)
            {
                _known.Add(committed.AcceptedRows.Select(row => row.Event));
            }

            await matcher.IndexAsync(placement, committed.MatchRecords, cancellationToken);
            if (committed.MatchRecords.Count > 0)
            {
                await session.MarkIndexedAsync(cancellationToken);
            }
        }

        await students.RefreshAsync(committed.Merges, logger);
        return committed.Outcomes;
    }

    /// <summary>The batch positions the preview expects to place, and the matcher's work done for them ahead of the lock.</summary>
    private sealed record Prepared(IReadOnlyList<int> Positions, MatchPreparation? Work);

    /// <summary>Nothing prepared: every position is placed under the lock.</summary>
    private static readonly Prepared NothingAhead = new([], null);

    /// <summary>
    /// The preview and the matcher's work ahead, when the matcher has work worth doing ahead (<see cref="IRecordMatcher.WorksAhead"/>)
    /// and some event of the batch may be new: a batch whose every event carries an identifier known to be linked
    /// (<see cref="KnownIdentifiers"/>), the usual batch of a source sending what its students did, is not previewed.
    /// </summary>
    private async Task<Prepared> PrepareAsync(IReadOnlyList<PendingEvent> batch, CancellationToken cancellationToken)
    {
        if (!matcher.WorksAhead || _known.AllKnown(batch))
        {
            return NothingAhead;
        }

        var positions = await eventLog.PreviewPositionsToPlaceAsync(batch, cancellationToken);
        return new Prepared(
            positions,
            positions.Count == 0 ? null : await matcher.PrepareAsync([.. positions.Select(i => SubjectOf(batch[i]))], cancellationToken));
    }

    /// <summary>
    /// Places the session's positions from the work prepared ahead. When nothing was prepared, or a position the preview
    /// did not expect (only possible if the log changed in a way ingest never changes it), the positions are prepared
    /// here, under the lock.
    /// </summary>
    private async Task<MatchPlacement> PlaceAsync(
        IReadOnlyList<PendingEvent> batch, Prepared prepared, IReadOnlyList<int> positions, CancellationToken cancellationToken)
    {
        var indexOf = prepared.Positions.Select((position, index) => (position, index)).ToDictionary();
        if (prepared.Work is { } work && positions.All(indexOf.ContainsKey))
        {
            return await matcher.PlaceAsync(work, [.. positions.Select(position => indexOf[position])], cancellationToken);
        }

        var again = await matcher.PrepareAsync([.. positions.Select(i => SubjectOf(batch[i]))], cancellationToken);
        return await matcher.PlaceAsync(again, [.. Enumerable.Range(0, positions.Count)], cancellationToken);
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
