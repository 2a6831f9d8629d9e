using System.Diagnostics;
using System.Text.Json;
using CradleToCareer.Application.Access;
using CradleToCareer.Application.Diagnostics;
using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Application.Ingest;

/// <summary>
/// Ingests a batch for the caller's organization: validates each event, checks that the organization may send it,
/// appends the accepted ones (durable before this returns), then fans them out. One bad event never affects its
/// neighbours.
/// </summary>
public sealed class IngestEvents(
    IAccessRegistry registry, KeyedTokenizer tokenizer, IdentityDecisions identity, IEventFanOut fanOut, ILogger<IngestEvents> logger)
{
    private const int ParallelParseThreshold = 500;

    public async Task<IngestOutcome> RunAsync(Caller caller, IReadOnlyList<JsonElement> events, CancellationToken cancellationToken)
    {
        using var span = IngestTelemetry.StartBatch(events.Count);
        if (await SenderAsync(caller, cancellationToken) is not { } sender)
        {
            return new IngestOutcome.UnknownOrganization();
        }

        var parsed = Parse(events);
        var refusals = parsed.Select(p => p.IsValid ? SourcePermissions.Check(p.Event!, sender) : null).ToArray();
        var idTokens = new BatchIdentifierTokens(tokenizer);
        var pending = parsed
            .Where((p, i) => p.IsValid && refusals[i] is null)
            .Select(p => PendingEvent.Create(p.Event!, idTokens))
            .ToList();
        var outcomes = pending.Count == 0 ? [] : await AppendTimedAsync(pending, cancellationToken);
        await FanOutAsync(pending, outcomes);
        var results = Results(parsed, refusals, outcomes);
        IngestTelemetry.Answered(results);
        return new IngestOutcome.Ingested(results);
    }

    private async Task<Organization?> SenderAsync(Caller caller, CancellationToken cancellationToken) =>
        caller.OrganizationId.Length > 0 ? await registry.GetOrganizationAsync(caller.OrganizationId, cancellationToken) : null;

    private async Task<IReadOnlyList<AppendOutcome>> AppendTimedAsync(List<PendingEvent> pending, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcomes = await identity.AppendAsync(pending, cancellationToken);
        IngestTelemetry.Appended(Stopwatch.GetElapsedTime(started));
        return outcomes;
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
    /// The log already holds every accepted event, so a failed fan-out loses nothing: grains catch up from the log on
    /// activation and before each read. It is logged and the batch still succeeds.
    /// </summary>
    private async Task FanOutAsync(IReadOnlyList<PendingEvent> pending, IReadOnlyList<AppendOutcome> outcomes)
    {
        var accepted = pending
            .Zip(outcomes)
            .Where(x => x.Second.Status == AppendStatus.Accepted)
            .Select(x => (x.First, x.Second.PersonId!))
            .ToList();
        try
        {
            await fanOut.PublishAsync(accepted);
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
                (false, _) => EventResult.Rejected(parsed[i].Id, parsed[i].Errors),
                (true, { } refusal) => EventResult.Rejected(parsed[i].Id, [refusal]),
                _ => EventResult.Of(parsed[i].Id, outcomes[next++]),
            };
        }

        return results;
    }
}
