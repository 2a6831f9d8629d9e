using System.Text;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Storage.InMemory.Identity;
using CradleToCareer.Application.EventLog;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Storage.InMemory.EventLog;

/// <summary>
/// The embedded default's event log: same semantics as the PostgreSQL log, held in process memory,
/// so nothing survives a restart.
/// </summary>
public sealed class InMemoryEventLog(InMemoryIdentity identity, TimeProvider clock) : IEventLog
{
    private readonly Dictionary<EventKey, LoggedEventRef> _events = [];
    private readonly Dictionary<string, List<string>> _byPerson = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byInstitution = new(StringComparer.Ordinal);

    /// <summary>Every accepted event's person and acceptance time, in log order: the event at index n has sequence number n + 1.</summary>
    private readonly List<(string PersonId, DateTimeOffset AcceptedAt)> _sequence = [];

    public Task<IIngestSession> BeginIngestAsync(IReadOnlyList<PendingEvent> batch, IdentityClaims claims, CancellationToken cancellationToken) =>
        InMemoryIngestSession.BeginAsync(this, identity, batch, clock, cancellationToken);

    public Task<IngestPreview> PreviewAsync(IReadOnlyList<PendingEvent> batch, CancellationToken cancellationToken)
    {
        lock (identity.Sync)
        {
            var links = identity.LinksOf(IngestPlanner.TokensToLookUp(batch));
            return Task.FromResult(new IngestPreview(IngestPlanner.PreviewPositionsToPlace(batch, links), IngestPlanner.UnlinkedTokens(batch, links)));
        }
    }

    public Task<IReadOnlyList<string>> ReadPersonAsync(string personId, CancellationToken cancellationToken)
    {
        lock (identity.Sync)
        {
            IReadOnlyList<string> events = [.. identity.Members(personId).SelectMany(p => _byPerson.GetValueOrDefault(p) ?? [])];
            return Task.FromResult(events);
        }
    }

    public Task<int> CountPersonAsync(string personId, CancellationToken cancellationToken)
    {
        lock (identity.Sync)
        {
            return Task.FromResult(identity.Members(personId).Sum(p => _byPerson.GetValueOrDefault(p)?.Count ?? 0));
        }
    }

    public Task<IReadOnlyList<string>> PersonsAtInstitutionAsync(string institutionId, CancellationToken cancellationToken)
    {
        lock (identity.Sync)
        {
            IReadOnlyList<string> persons = _byInstitution.TryGetValue(institutionId, out var set)
                ? [.. set.Select(identity.Canonical).Distinct(StringComparer.Ordinal)]
                : [];
            return Task.FromResult(persons);
        }
    }

    public Task<IReadOnlyList<string>> InstitutionsAsync(string idPrefix, CancellationToken cancellationToken)
    {
        lock (identity.Sync)
        {
            IReadOnlyList<string> institutions =
                [.. _byInstitution.Keys.Where(id => id.StartsWith(idPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
            return Task.FromResult(institutions);
        }
    }

    public Task<IReadOnlyList<string>> FindPersonsAsync(IReadOnlyCollection<string> idTokens, CancellationToken cancellationToken)
    {
        lock (identity.Sync)
        {
            IReadOnlyList<string> persons = [.. identity.LinksOf(idTokens).Values.Select(identity.Canonical).Distinct(StringComparer.Ordinal)];
            return Task.FromResult(persons);
        }
    }

    /// <summary>Stops short of the first event not accepted before <paramref name="acceptedBefore"/>, as the PostgreSQL log does.</summary>
    public Task<LoggedPersons> PersonsLoggedAfterAsync(
        long afterSeq, DateTimeOffset acceptedBefore, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        lock (identity.Sync)
        {
            var start = (int)Math.Clamp(afterSeq, 0, _sequence.Count);
            var taken = _sequence.Skip(start).Take(limit).TakeWhile(e => e.AcceptedAt < acceptedBefore).ToList();
            var persons = taken.Select(e => identity.Canonical(e.PersonId)).Distinct(StringComparer.Ordinal).ToList();
            return Task.FromResult(new LoggedPersons(persons, taken.Count == 0 ? afterSeq : start + taken.Count));
        }
    }

    public Task<bool> IsReachableAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>Memory is always in reach: every failure is the batch's own.</summary>
    public bool IsUnavailable(Exception failure) => false;

    /// <summary>Never: one ingest session at a time reads and writes.</summary>
    public bool IsRace(Exception failure) => false;

    /// <summary>The batch's events the log already holds. Callers hold <see cref="InMemoryIdentity.Sync"/>.</summary>
    internal Dictionary<EventKey, LoggedEventRef> LoggedOf(IEnumerable<EventKey> keys) =>
        keys.Where(_events.ContainsKey).ToDictionary(key => key, key => _events[key]);

    /// <summary>Writes the plan of a batch. Callers hold <see cref="InMemoryIdentity.Decisions"/>.</summary>
    internal void Apply(IngestPlan plan)
    {
        lock (identity.Sync)
        {
            identity.Apply(plan);
            var acceptedAt = clock.GetUtcNow();
            foreach (var (pending, personId) in plan.AcceptedRows)
            {
                _events[pending.Event.Key] = new LoggedEventRef(personId, pending.ContentHash);
                _sequence.Add((personId, acceptedAt));
                Add(_byPerson, personId, list => list.Add(Encoding.UTF8.GetString(pending.CanonicalUtf8)));
                if (pending.InstitutionId is { } institutionId)
                {
                    Add(_byInstitution, institutionId, set => set.Add(personId));
                }
            }
        }
    }

    private static void Add<T>(Dictionary<string, T> index, string key, Action<T> add)
        where T : new()
    {
        if (!index.TryGetValue(key, out var value))
        {
            index[key] = value = new T();
        }

        add(value);
    }
}
