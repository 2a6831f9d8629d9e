using CradleToCareer.Domain.Events;
using CradleToCareer.Storage.Ingest;

namespace CradleToCareer.Storage.EventLog;

/// <summary>
/// The embedded default's event log: same semantics as the PostgreSQL log, held in process memory,
/// so nothing survives a restart.
/// </summary>
public sealed class InMemoryEventLog : IEventLog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<EventKey, LoggedEventRef> _events = [];
    private readonly Dictionary<string, string> _links = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byPerson = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byInstitution = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<AppendOutcome>> AppendAsync(IReadOnlyList<PendingEvent> batch, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var logged = IngestPlanner.KeysToLookUp(batch)
                .Where(_events.ContainsKey)
                .ToDictionary(key => key, key => _events[key]);
            var plan = IngestPlanner.Plan(batch, logged, _links, PersonIds.New);

            foreach (var (token, personId) in plan.NewLinks)
            {
                _links[token] = personId;
            }

            foreach (var (pending, personId) in plan.AcceptedRows)
            {
                _events[pending.Event.Key] = new LoggedEventRef(personId, pending.ContentHash);
                Add(_byPerson, personId, list => list.Add(pending.CanonicalJson));
                if (pending.InstitutionId is { } institutionId)
                {
                    Add(_byInstitution, institutionId, set => set.Add(personId));
                }
            }

            return Task.FromResult(plan.Outcomes);
        }
    }

    public Task<IReadOnlyList<string>> ReadPersonAsync(string personId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<string> events = _byPerson.TryGetValue(personId, out var list) ? [.. list] : [];
            return Task.FromResult(events);
        }
    }

    public Task<int> CountPersonAsync(string personId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_byPerson.TryGetValue(personId, out var list) ? list.Count : 0);
        }
    }

    public Task<IReadOnlyList<string>> PersonsAtInstitutionAsync(string institutionId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<string> persons = _byInstitution.TryGetValue(institutionId, out var set) ? [.. set] : [];
            return Task.FromResult(persons);
        }
    }

    public Task<IReadOnlyList<string>> FindPersonsAsync(IReadOnlyCollection<string> idTokens, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<string> persons = [.. idTokens.Select(_links.GetValueOrDefault).OfType<string>().Distinct(StringComparer.Ordinal)];
            return Task.FromResult(persons);
        }
    }

    public Task<bool> IsReachableAsync(CancellationToken cancellationToken) => Task.FromResult(true);

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
