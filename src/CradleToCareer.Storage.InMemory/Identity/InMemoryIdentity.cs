using CradleToCareer.Domain.Identity;
namespace CradleToCareer.Storage.InMemory.Identity;

/// <summary>
/// The embedded default's identity data, shared by its event log, identity store and match records:
/// links, persons, review items, match records and the merge journal, in process memory.
/// <see cref="Decisions"/> serialises identity decisions (the PostgreSQL log lets batches whose claims do not overlap run at once);
/// <see cref="Sync"/> guards the collections for the short moments they are read or changed.
/// </summary>
public sealed class InMemoryIdentity
{
    private readonly Dictionary<string, string> _links = new(StringComparer.Ordinal);
    private readonly HashSet<string> _persons = new(StringComparer.Ordinal);
    private readonly List<Merge> _merges = [];
    private readonly List<ReviewItem> _reviews = [];
    /// <summary>Who dismissed each dismissed item: a steward, or the matcher (<see cref="MatcherActor.ClientId"/>) closing it.</summary>
    private readonly Dictionary<string, string> _dismissed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<MatchRecord>> _recordsByKey = new(StringComparer.Ordinal);

    public SemaphoreSlim Decisions { get; } = new(1, 1);

    public Lock Sync { get; } = new();

    /// <summary>Callers hold <see cref="Sync"/>.</summary>
    public IReadOnlyDictionary<string, string> LinksOf(IEnumerable<string> tokens) =>
        tokens.Distinct(StringComparer.Ordinal)
            .Where(_links.ContainsKey)
            .ToDictionary(token => token, token => _links[token], StringComparer.Ordinal);

    /// <summary>Callers hold <see cref="Sync"/>.</summary>
    public IReadOnlyDictionary<string, string> SurvivorsOf(IEnumerable<string> personIds) =>
        personIds.Distinct(StringComparer.Ordinal)
            .Select(p => (Person: p, Canonical: Canonical(p)))
            .Where(p => p.Canonical != p.Person)
            .ToDictionary(p => p.Person, p => p.Canonical, StringComparer.Ordinal);

    /// <summary>Callers hold <see cref="Sync"/>.</summary>
    public bool Exists(string personId) => _persons.Contains(personId);

    /// <summary>The person the id stands for now. Callers hold <see cref="Sync"/>.</summary>
    public string Canonical(string personId)
    {
        var current = personId;
        while (ActiveMergeOf(current) is { } merge)
        {
            current = merge.SurvivorId;
        }

        return current;
    }

    /// <summary>The person ids whose records belong to <paramref name="personId"/>; empty when it is merged away. Callers hold <see cref="Sync"/>.</summary>
    public IReadOnlyList<string> Members(string personId)
    {
        if (Canonical(personId) != personId)
        {
            return [];
        }

        var members = new List<string> { personId };
        for (var i = 0; i < members.Count; i++)
        {
            members.AddRange(_merges.Where(m => !m.Undone && m.SurvivorId == members[i]).Select(m => m.MergedId));
        }

        return members;
    }

    /// <summary>Callers hold <see cref="Sync"/>.</summary>
    public void Apply(IngestPlan plan)
    {
        _persons.UnionWith(plan.NewPersons);
        foreach (var (token, personId) in plan.NewLinks)
        {
            _links[token] = personId;
        }

        foreach (var merge in plan.Merges)
        {
            AddMerge(merge);
        }

        foreach (var review in plan.Reviews)
        {
            Queue(review);
        }

        foreach (var record in plan.MatchRecords)
        {
            foreach (var key in record.BlockingKeys)
            {
                if (!_recordsByKey.TryGetValue(key, out var records))
                {
                    _recordsByKey[key] = records = [];
                }

                records.Add(record);
            }
        }
    }

    /// <summary>
    /// A pair already queued keeps its first item, except that a matcher's merge takes the pair's item over (with its
    /// id, reopened if it was dismissed), so stewards always see what the matcher merged.
    /// </summary>
    private void Queue(ReviewItem review)
    {
        var existing = _reviews.FindIndex(q => q.PersonId == review.PersonId && q.CandidateId == review.CandidateId);
        if (existing < 0)
        {
            _reviews.Add(review);
        }
        else if (review.Kind == ReviewKinds.MatcherMerge)
        {
            _dismissed.Remove(_reviews[existing].ReviewId);
            _reviews[existing] = review with { ReviewId = _reviews[existing].ReviewId };
        }
    }

    /// <summary>
    /// Writes a page of a re-check: the matcher's merges and their items, items with their new score, and items closed by
    /// the matcher. Callers hold <see cref="Decisions"/> and <see cref="Sync"/>.
    /// </summary>
    public void Apply(ReviewRecheckPlan plan)
    {
        foreach (var merge in plan.Merges)
        {
            AddMerge(merge);
        }

        foreach (var review in plan.MergeItems)
        {
            Queue(review);
        }

        foreach (var review in plan.Rescored.Concat(plan.Closed))
        {
            _reviews[_reviews.FindIndex(q => q.ReviewId == review.ReviewId)] = review;
        }

        foreach (var review in plan.Closed)
        {
            _dismissed[review.ReviewId] = MatcherActor.ClientId;
        }
    }

    /// <summary>Callers hold <see cref="Sync"/>.</summary>
    public IReadOnlyList<MatchRecord> RecordsFor(IReadOnlyCollection<string> blockingKeys) =>
        [.. blockingKeys.SelectMany(key => _recordsByKey.GetValueOrDefault(key) ?? []).DistinctBy(r => r.RecordId)];

    /// <summary>Callers hold <see cref="Sync"/>.</summary>
    public bool HasRecordsUnder(string blockingKey) => _recordsByKey.ContainsKey(blockingKey);

    /// <summary>
    /// Open reviews, oldest first: not dismissed, and for a matcher's merge the two persons still merged, for the other
    /// kinds still apart. Callers hold <see cref="Sync"/>.
    /// </summary>
    public IReadOnlyList<ReviewItem> OpenReviews() =>
        [.. _reviews.Where(r => !_dismissed.ContainsKey(r.ReviewId)
            && (Canonical(r.PersonId) == Canonical(r.CandidateId)) == (r.Kind == ReviewKinds.MatcherMerge))];

    /// <summary>
    /// Among the given persons, the pairs a steward kept apart: an item of the two dismissed as "not the same person"
    /// (a matcher's merge dismissed means "confirmed", and an item the matcher closed itself is no steward's decision:
    /// neither counts), or a merge of the two undone. Callers hold <see cref="Sync"/>.
    /// </summary>
    public IReadOnlyList<(string A, string B)> KeptApartAmong(IReadOnlyCollection<string> personIds)
    {
        var persons = personIds.ToHashSet(StringComparer.Ordinal);
        var dismissed = _reviews
            .Where(r => r.Kind != ReviewKinds.MatcherMerge && _dismissed.TryGetValue(r.ReviewId, out var by) && by != MatcherActor.ClientId)
            .Select(r => (r.PersonId, r.CandidateId));
        var undone = _merges.Where(m => m.Undone).Select(m => (m.SurvivorId, m.MergedId));
        return [.. dismissed.Concat(undone).Where(pair => persons.Contains(pair.Item1) && persons.Contains(pair.Item2))];
    }

    /// <summary>Callers hold <see cref="Sync"/>.</summary>
    public bool Dismiss(string reviewId, string stewardClientId) =>
        _reviews.Any(r => r.ReviewId == reviewId) && _dismissed.TryAdd(reviewId, stewardClientId);

    /// <summary>Callers hold <see cref="Sync"/>.</summary>
    public void AddMerge(MergeRequest request) => _merges.Add(new Merge(request));

    /// <summary>Every merge, in the order journaled. Callers hold <see cref="Sync"/>.</summary>
    public IReadOnlyList<Merge> Merges() => _merges;

    /// <summary>Callers hold <see cref="Sync"/>.</summary>
    public Merge? FindMerge(string mergeId) => _merges.Find(m => m.MergeId == mergeId);

    private Merge? ActiveMergeOf(string personId) => _merges.Find(m => !m.Undone && m.MergedId == personId);

    /// <summary>One merge of the journal as it was requested; <see cref="Undo"/> is set once, by its undo.</summary>
    public sealed class Merge(MergeRequest request)
    {
        public MergeRequest Request { get; } = request;

        public string MergeId => Request.MergeId;

        public string SurvivorId => Request.SurvivorId;

        public string MergedId => Request.MergedId;

        public UndoRequest? Undo { get; set; }

        public bool Undone => Undo is not null;
    }
}
