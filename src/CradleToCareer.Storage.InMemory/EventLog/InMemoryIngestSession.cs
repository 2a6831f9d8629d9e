using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Storage.InMemory.Identity;

namespace CradleToCareer.Storage.InMemory.EventLog;

/// <summary>
/// One batch's ingest in memory: holds <see cref="InMemoryIdentity.Decisions"/> from the lookups until it is disposed,
/// whatever the batch claimed (one process, one ingest at a time: the PostgreSQL log is the one that lets batches whose
/// claims do not overlap run side by side). Only its holder changes what is read here, so planning needs no lock
/// between lookups.
/// </summary>
internal sealed class InMemoryIngestSession : IIngestSession
{
    private readonly InMemoryEventLog _log;
    private readonly InMemoryIdentity _identity;
    private readonly IReadOnlyList<PendingEvent> _batch;
    private readonly IReadOnlyDictionary<EventKey, LoggedEventRef> _logged;
    private readonly IdentityLookup _lookup;
    private readonly TimeProvider _clock;

    private InMemoryIngestSession(InMemoryEventLog log, InMemoryIdentity identity, IReadOnlyList<PendingEvent> batch, TimeProvider clock)
    {
        _log = log;
        _identity = identity;
        _batch = batch;
        _clock = clock;
        lock (identity.Sync)
        {
            _logged = log.LoggedOf(IngestPlanner.KeysToLookUp(batch));
            var links = identity.LinksOf(IngestPlanner.TokensToLookUp(batch));
            _lookup = new IdentityLookup(links, identity.SurvivorsOf(links.Values.Concat(_logged.Values.Select(e => e.PersonId))));
            UnlinkedTokens = IngestPlanner.UnlinkedTokens(batch, links);
        }

        PositionsToPlace = IngestPlanner.PositionsToPlace(batch, _logged, _lookup);
    }

    public IReadOnlyList<int> PositionsToPlace { get; }

    public IReadOnlySet<string> UnlinkedTokens { get; }

    /// <summary>Everything: the session holds every identity decision of the process.</summary>
    public bool Holds(IdentityClaims needed) => true;

    public static async Task<IIngestSession> BeginAsync(
        InMemoryEventLog log, InMemoryIdentity identity, IReadOnlyList<PendingEvent> batch, TimeProvider clock, CancellationToken cancellationToken)
    {
        await identity.Decisions.WaitAsync(cancellationToken);
        try
        {
            return new InMemoryIngestSession(log, identity, batch, clock);
        }
        catch
        {
            identity.Decisions.Release();
            throw;
        }
    }

    public Task<IngestPlan> CommitAsync(IReadOnlyDictionary<int, MatchDecision> placements, CancellationToken cancellationToken)
    {
        IdentityLookup lookup;
        lock (_identity.Sync)
        {
            lookup = _lookup.WithSurvivors(_identity.SurvivorsOf(Placements.LinkedPersons(placements)));
            var bridged = Placements.BridgedPersons(placements);
            if (bridged.Count > 0)
            {
                lookup = lookup.WithKeptApart(_identity.KeptApartAmong([.. bridged, .. bridged.Select(lookup.CanonicalOf)]));
            }
        }

        var plan = IngestPlanner.Plan(_batch, _logged, lookup, placements, PersonIds.New, _clock.GetUtcNow());
        _log.Apply(plan);
        return Task.FromResult(plan);
    }

    public ValueTask DisposeAsync()
    {
        _identity.Decisions.Release();
        return ValueTask.CompletedTask;
    }
}
