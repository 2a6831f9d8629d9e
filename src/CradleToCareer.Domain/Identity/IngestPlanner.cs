using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Identity;

/// <summary>An event the log already holds: whom it landed on and what it said.</summary>
public sealed record LoggedEventRef(string PersonId, byte[] ContentHash);

/// <summary>What one batch will write: the outcome per event and the rows behind the accepted ones.</summary>
/// <param name="AcceptedRows">Each accepted event with the person it is stored under (as linked, before merges).</param>
/// <param name="Merges">The matcher's merges (<see cref="MatchDecision.Bridged"/>), journaled with the batch.</param>
public sealed record IngestPlan(
    IReadOnlyList<AppendOutcome> Outcomes,
    IReadOnlyList<(PendingEvent Event, string PersonId)> AcceptedRows,
    IReadOnlyList<string> NewPersons,
    IReadOnlyList<(string IdToken, string PersonId)> NewLinks,
    IReadOnlyList<ReviewItem> Reviews,
    IReadOnlyList<MatchRecord> MatchRecords,
    IReadOnlyList<MergeRequest> Merges);

/// <summary>
/// Decides, for one batch, which events are accepted, duplicate, conflicting or rejected and which
/// person each lands on. Pure: the log implementations look up what it needs, call it while holding
/// their write lock, and write what it returns. Planning takes two passes: the first finds the events
/// whose identifiers are all new, the matcher places those, the second plans with its decisions.
/// </summary>
public static class IngestPlanner
{
    /// <summary>The event keys the planner needs looked up: the batch's own and its retraction targets.</summary>
    public static IReadOnlyCollection<EventKey> KeysToLookUp(IReadOnlyList<PendingEvent> batch)
    {
        var keys = new HashSet<EventKey>();
        foreach (var pending in batch)
        {
            keys.Add(pending.Event.Key);
            if (pending.Event.Body is Retraction retraction)
            {
                keys.Add(retraction.Retracts);
            }
        }

        return keys;
    }

    /// <summary>The identifier tokens the planner needs looked up.</summary>
    public static IReadOnlyCollection<string> TokensToLookUp(IReadOnlyList<PendingEvent> batch) => TokensWhere(batch, static _ => true);

    /// <summary>
    /// The batch's identifier tokens no person is linked to yet: the ones its plan may link for the first time, so the
    /// ones two batches deciding at once could both claim.
    /// </summary>
    public static IReadOnlySet<string> UnlinkedTokens(IReadOnlyList<PendingEvent> batch, IReadOnlyDictionary<string, string> links) =>
        TokensWhere(batch, token => !links.ContainsKey(token));

    /// <summary>The batch's distinct identifier tokens that pass <paramref name="keep"/>, by index (a batch holds thousands).</summary>
    private static HashSet<string> TokensWhere(IReadOnlyList<PendingEvent> batch, Func<string, bool> keep)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            var idTokens = batch[i].IdTokens;
            for (var j = 0; j < idTokens.Count; j++)
            {
                if (keep(idTokens[j]))
                {
                    tokens.Add(idTokens[j]);
                }
            }
        }

        return tokens;
    }

    /// <summary>First pass: the batch positions whose student block the matcher must place.</summary>
    public static IReadOnlyList<int> PositionsToPlace(
        IReadOnlyList<PendingEvent> batch, IReadOnlyDictionary<EventKey, LoggedEventRef> logged, IdentityLookup identity)
    {
        var positions = new List<int>();
        Run(batch, logged, identity, index =>
        {
            positions.Add(index);
            return null;
        }, () => "p_probe", DateTimeOffset.UnixEpoch);
        return positions;
    }

    /// <summary>
    /// A guess at the first pass from the identifier links alone, read without the lock: the positions whose identifiers
    /// are all unlinked. It takes every event for new (a re-sent one too), so it may name a position the first pass will
    /// not, never the other way round as long as links are only ever added.
    /// </summary>
    public static IReadOnlyList<int> PreviewPositionsToPlace(IReadOnlyList<PendingEvent> batch, IReadOnlyDictionary<string, string> links) =>
        PositionsToPlace(batch, new Dictionary<EventKey, LoggedEventRef>(), new IdentityLookup(links, new Dictionary<string, string>()));

    /// <summary>Second pass: the plan, with the matcher's decision for every position the first pass named.</summary>
    public static IngestPlan Plan(
        IReadOnlyList<PendingEvent> batch,
        IReadOnlyDictionary<EventKey, LoggedEventRef> logged,
        IdentityLookup identity,
        IReadOnlyDictionary<int, MatchDecision> placements,
        Func<string> newPersonId,
        DateTimeOffset now) =>
        Run(batch, logged, identity, index => placements[index], newPersonId, now);

    private static IngestPlan Run(
        IReadOnlyList<PendingEvent> batch,
        IReadOnlyDictionary<EventKey, LoggedEventRef> logged,
        IdentityLookup identity,
        Func<int, MatchDecision?> place,
        Func<string> newPersonId,
        DateTimeOffset now)
    {
        var linker = new PersonLinker(identity, place, newPersonId, now);
        var inBatch = new Dictionary<EventKey, LoggedEventRef>();
        var outcomes = new List<AppendOutcome>(batch.Count);
        var rows = new List<(PendingEvent, string)>();

        for (var index = 0; index < batch.Count; index++)
        {
            var pending = batch[index];
            var key = pending.Event.Key;
            if (inBatch.TryGetValue(key, out var earlier) || logged.TryGetValue(key, out earlier))
            {
                outcomes.Add(SameContent(earlier, pending)
                    ? new AppendOutcome(AppendStatus.Duplicate, linker.CanonicalOf(earlier.PersonId))
                    : Conflict(linker.CanonicalOf(earlier.PersonId)));
                continue;
            }

            var target = RetractionTargetPerson(pending, logged, inBatch);
            var (outcome, storedUnder) = target is null ? linker.Resolve(index, pending) : linker.Attach(pending.IdTokens, target);
            outcomes.Add(outcome);
            if (storedUnder is not null)
            {
                inBatch[key] = new LoggedEventRef(storedUnder, pending.ContentHash);
                rows.Add((pending, storedUnder));
            }
        }

        return new IngestPlan(outcomes, rows, linker.NewPersons, linker.NewLinks, linker.Reviews, linker.MatchRecords, linker.Merges);
    }

    /// <summary>A retraction lands on the person of the event it withdraws, when that event is known.</summary>
    private static string? RetractionTargetPerson(
        PendingEvent pending,
        IReadOnlyDictionary<EventKey, LoggedEventRef> logged,
        Dictionary<EventKey, LoggedEventRef> inBatch)
    {
        if (pending.Event.Body is not Retraction retraction)
        {
            return null;
        }

        return inBatch.TryGetValue(retraction.Retracts, out var target) || logged.TryGetValue(retraction.Retracts, out target)
            ? target.PersonId
            : null;
    }

    private static bool SameContent(LoggedEventRef earlier, PendingEvent pending) =>
        earlier.ContentHash.AsSpan().SequenceEqual(pending.ContentHash);

    private static AppendOutcome Conflict(string personId) => new(
        AppendStatus.Conflict,
        personId,
        new FieldError("", "an event with this source and id was already accepted with different content; send a new id, or retract the earlier event"));
}
