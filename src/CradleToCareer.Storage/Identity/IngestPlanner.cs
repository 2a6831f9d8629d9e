using CradleToCareer.Domain.Events;
using CradleToCareer.Storage.EventLog;

namespace CradleToCareer.Storage.Ingest;

/// <summary>An event the log already holds: whom it landed on and what it said.</summary>
public sealed record LoggedEventRef(string PersonId, byte[] ContentHash);

/// <summary>What one batch will write: the outcome per event and the rows behind the accepted ones.</summary>
public sealed record IngestPlan(
    IReadOnlyList<AppendOutcome> Outcomes,
    IReadOnlyList<(PendingEvent Event, string PersonId)> AcceptedRows,
    IReadOnlyList<string> NewPersons,
    IReadOnlyList<(string IdToken, string PersonId)> NewLinks);

/// <summary>
/// Decides, for one batch, which events are accepted, duplicate, conflicting or rejected and which
/// person each lands on. Pure: the log implementations look up what it needs, call it while holding
/// their write lock, and write what it returns.
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
    public static IReadOnlyCollection<string> TokensToLookUp(IReadOnlyList<PendingEvent> batch) =>
        batch.SelectMany(pending => pending.IdTokens).ToHashSet(StringComparer.Ordinal);

    public static IngestPlan Plan(
        IReadOnlyList<PendingEvent> batch,
        IReadOnlyDictionary<EventKey, LoggedEventRef> logged,
        IReadOnlyDictionary<string, string> knownLinks,
        Func<string> newPersonId)
    {
        var linker = new DeterministicLinker(knownLinks, newPersonId);
        var inBatch = new Dictionary<EventKey, LoggedEventRef>();
        var outcomes = new List<AppendOutcome>(batch.Count);
        var rows = new List<(PendingEvent, string)>();

        foreach (var pending in batch)
        {
            var key = pending.Event.Key;
            if (inBatch.TryGetValue(key, out var earlier) || logged.TryGetValue(key, out earlier))
            {
                outcomes.Add(SameContent(earlier, pending) ? Duplicate(earlier) : Conflict(earlier));
                continue;
            }

            var personId = RetractionTargetPerson(pending, logged, inBatch);
            var outcome = personId is null ? linker.Resolve(pending.IdTokens) : linker.Attach(pending.IdTokens, personId);
            outcomes.Add(outcome);
            if (outcome.Status == AppendStatus.Accepted)
            {
                inBatch[key] = new LoggedEventRef(outcome.PersonId!, pending.ContentHash);
                rows.Add((pending, outcome.PersonId!));
            }
        }

        return new IngestPlan(outcomes, rows, linker.NewPersons, linker.NewLinks);
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

    private static AppendOutcome Duplicate(LoggedEventRef earlier) => new(AppendStatus.Duplicate, earlier.PersonId);

    private static AppendOutcome Conflict(LoggedEventRef earlier) => new(
        AppendStatus.Conflict,
        earlier.PersonId,
        new FieldError("", "an event with this source and id was already accepted with different content; send a new id, or retract the earlier event"));
}
