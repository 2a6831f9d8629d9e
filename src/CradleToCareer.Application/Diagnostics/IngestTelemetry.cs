using System.Diagnostics;
using System.Diagnostics.Metrics;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.Diagnostics;

/// <summary>What ingest records: a span per batch, each event's outcome, the time a batch takes to append, and match decisions.</summary>
public static class IngestTelemetry
{
    public const string BatchSpan = "c2c.ingest.batch";

    /// <summary>The one attribute of the batch span: how many events the batch (or NDJSON chunk) holds.</summary>
    public const string EventCountAttribute = "c2c.ingest.event_count";

    private static readonly Counter<long> Events = ServiceTelemetry.Meter.CreateCounter<long>(
        "c2c.ingest.events", "{event}", "Ingested events by outcome (tag outcome: accepted, duplicate, conflict, rejected).");

    private static readonly Histogram<double> AppendDuration = ServiceTelemetry.Meter.CreateHistogram<double>(
        "c2c.ingest.commit.duration", "ms",
        "Time to append one batch's valid events to the event log: identity decisions, waiting for its identity claims, matching and the commit.");

    private static readonly Histogram<double> ClaimsWait = ServiceTelemetry.Meter.CreateHistogram<double>(
        "c2c.ingest.claims.wait", "ms",
        "Time a batch waited for its identity claims: for other batches or a merge holding an overlapping claim (tag held: nothing, claims, everything).");

    private static readonly Counter<long> MatchDecisions = ServiceTelemetry.Meter.CreateCounter<long>(
        "c2c.ingest.match.decisions", "{decision}",
        "Committed placements of records whose identifiers were all new (tag decision: linked, new_person, review, merged).");

    /// <summary>The batch's span, when anything listens; it carries the number of events and nothing else.</summary>
    internal static Activity? StartBatch(int eventCount) =>
        ServiceTelemetry.Source.StartActivity(BatchSpan)?.SetTag(EventCountAttribute, eventCount);

    internal static void Answered(IReadOnlyList<EventResult> results)
    {
        if (!Events.Enabled)
        {
            return;
        }

        foreach (var outcome in results.CountBy(result => result.Status))
        {
            Events.Add(outcome.Value, new KeyValuePair<string, object?>("outcome", outcome.Key));
        }
    }

    internal static void Appended(TimeSpan elapsed) => AppendDuration.Record(elapsed.TotalMilliseconds);

    /// <summary>
    /// Recorded by the event log once a session holds what it claimed: <paramref name="held"/> is <c>nothing</c> (the
    /// batch claimed nothing), <c>claims</c> (each claim locked) or <c>everything</c> (a bulk batch holding every claim).
    /// </summary>
    public static void ClaimsAwaited(TimeSpan elapsed, string held) =>
        ClaimsWait.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("held", held));

    internal static void Placed(IReadOnlyList<MatchDecision> decisions)
    {
        if (!MatchDecisions.Enabled)
        {
            return;
        }

        foreach (var kind in decisions.CountBy(KindOf))
        {
            MatchDecisions.Add(kind.Value, new KeyValuePair<string, object?>("decision", kind.Key));
        }
    }

    /// <summary>A review outranks a merge, and a merge a plain link.</summary>
    private static string KindOf(MatchDecision decision) => decision switch
    {
        { Review: not null } => "review",
        { Bridged.Count: > 0 } => "merged",
        { IsNewPerson: true } => "new_person",
        _ => "linked",
    };
}
