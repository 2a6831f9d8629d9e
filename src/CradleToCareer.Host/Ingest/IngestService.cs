using CradleToCareer.Domain.Access;
using System.Text.Json;
using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Ingest;

namespace CradleToCareer.Host.Ingest;

/// <summary>
/// Validates a batch, checks that the sender's organization may send each event, commits the accepted
/// events to the log (durable before this returns), then fans them out on the event streams. One bad
/// event never affects its neighbours.
/// </summary>
public sealed class IngestService(IdentityDecisions identity, KeyedTokenizer tokenizer, IClusterClient cluster, ILogger<IngestService> logger)
{
    private const int ParallelParseThreshold = 500;

    public async Task<IReadOnlyList<EventResult>> IngestAsync(
        IReadOnlyList<JsonElement> events, Organization sender, CancellationToken cancellationToken)
    {
        var parsed = Parse(events);
        var refusals = parsed.Select(p => p.IsValid ? SourcePermissions.Check(p.Event!, sender) : null).ToArray();
        var pending = parsed
            .Where((p, i) => p.IsValid && refusals[i] is null)
            .Select(p => PendingEvent.Create(p.Event!, tokenizer))
            .ToList();
        var outcomes = pending.Count == 0 ? [] : await identity.AppendAsync(pending, cancellationToken);
        await PublishAsync(pending, outcomes);
        return Results(parsed, refusals, outcomes);
    }

    private ParsedEvent[] Parse(IReadOnlyList<JsonElement> events)
    {
        var parsed = new ParsedEvent[events.Count];
        if (events.Count < ParallelParseThreshold)
        {
            for (var i = 0; i < events.Count; i++)
            {
                parsed[i] = EventParser.Parse(events[i], tokenizer);
            }
        }
        else
        {
            Parallel.For(0, events.Count, i => parsed[i] = EventParser.Parse(events[i], tokenizer));
        }

        return parsed;
    }

    /// <summary>
    /// The log already holds every accepted event, so a failed fan-out loses nothing: grains catch up
    /// from the log on activation and before each read. It is logged and the batch still succeeds.
    /// </summary>
    private async Task PublishAsync(IReadOnlyList<PendingEvent> pending, IReadOnlyList<AppendOutcome> outcomes)
    {
        var groups = pending
            .Select((p, i) => (Pending: p, Outcome: outcomes[i]))
            .Where(x => x.Outcome.Status == AppendStatus.Accepted)
            .GroupBy(x => (x.Outcome.PersonId!, x.Pending.Event.Family));
        var provider = cluster.GetStreamProvider(EventStreams.ProviderName);
        try
        {
            await Task.WhenAll(groups.Select(group =>
                provider.GetStream<AcceptedEvents>(StreamId.Create(EventStreams.NamespaceOf(group.Key.Family), group.Key.Item1))
                    .OnNextAsync(new AcceptedEvents(group.Key.Item1, group.Select(x => x.Pending.CanonicalJson).ToList()))));
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Fan-out of committed events failed; grains will catch up from the event log");
        }
    }

    private static EventResult[] Results(ParsedEvent[] parsed, FieldError?[] refusals, IReadOnlyList<AppendOutcome> outcomes)
    {
        var results = new EventResult[parsed.Length];
        var next = 0;
        for (var i = 0; i < parsed.Length; i++)
        {
            results[i] = (parsed[i].IsValid, refusals[i]) switch
            {
                (false, _) => new EventResult(parsed[i].Id, "rejected", null, parsed[i].Errors),
                (true, { } refusal) => new EventResult(parsed[i].Id, "rejected", null, [refusal]),
                _ => FromOutcome(parsed[i].Id, outcomes[next++]),
            };
        }

        return results;
    }

    private static EventResult FromOutcome(string? id, AppendOutcome outcome) => new(
        id,
        outcome.Status.ToString().ToLowerInvariant(),
        outcome.PersonId,
        outcome.Error is null ? null : [outcome.Error]);
}
