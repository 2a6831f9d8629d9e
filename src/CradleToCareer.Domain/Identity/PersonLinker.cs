using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Identity;

/// <summary>
/// Deterministic identity for one batch: an identifier seen before lands on its person (through any
/// merge, on the survivor); identifiers of two different persons are refused and queued for a steward;
/// a block whose identifiers are all new is placed by the matcher's decision.
/// </summary>
internal sealed class PersonLinker(IdentityLookup identity, Func<int, MatchDecision?> placeAllNew, Func<string> newPersonId, DateTimeOffset now)
{
    private readonly Dictionary<string, string> _links = new(identity.Links, StringComparer.Ordinal);
    private readonly MatcherMerges _merges = new(identity);
    private readonly List<string> _newPersons = [];
    private readonly List<(string, string)> _newLinks = [];
    private readonly List<ReviewItem> _reviews = [];
    private readonly List<MatchRecord> _matchRecords = [];

    public IReadOnlyList<string> NewPersons => _newPersons;

    public IReadOnlyList<(string IdToken, string PersonId)> NewLinks => _newLinks;

    public IReadOnlyList<ReviewItem> Reviews => [.. _reviews, .. _merges.Reviews];

    public IReadOnlyList<MergeRequest> Merges => _merges.Merges;

    public IReadOnlyList<MatchRecord> MatchRecords => _matchRecords;

    /// <summary>The person an id stands for now, counting the matcher's merges of this batch.</summary>
    public string CanonicalOf(string personId) => _merges.CanonicalOf(personId);

    /// <summary>
    /// Resolves event <paramref name="index"/> of the batch from its identifier tokens: the outcome
    /// (naming the person as it stands now) and, when accepted, the person the event is stored under.
    /// </summary>
    public (AppendOutcome Outcome, string? StoredUnder) Resolve(int index, PendingEvent pending)
    {
        var linked = FirstLinked(pending.IdTokens, out var severalLinked);
        if (linked is null)
        {
            return Place(placeAllNew(index), pending.IdTokens);
        }

        if (!severalLinked)
        {
            // One linked person: keep the event on it as linked, so undoing a merge later gives it back.
            return Attach(pending.IdTokens, linked);
        }

        var persons = pending.IdTokens
            .Where(_links.ContainsKey)
            .Select(token => CanonicalOf(_links[token]))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (persons.Count == 1)
        {
            return Attach(pending.IdTokens, persons[0]);
        }

        string[] systems = [.. pending.Event.Student.Ids.Select(id => id.System).Distinct(StringComparer.Ordinal)];
        _reviews.Add(new ReviewItem(
            ReviewItem.NewId(), ReviewKinds.IdentifierConflict, persons[0], persons[1], null, [],
            ReviewReasons.ForIdentifierConflict(systems), systems, now));
        return (new AppendOutcome(
            AppendStatus.Rejected,
            null,
            new FieldError("/data/student/ids", "these identifiers already belong to two different persons; the event was not accepted and the pair is queued for an identity steward (GET /v1/identity/reviews); send it again once they are merged")), null);
    }

    /// <summary>
    /// The person the first linked token of the block names, and whether another token names a different one: the
    /// common case (one person, or none) is told apart without building lists, once for every event of a batch.
    /// </summary>
    private string? FirstLinked(IReadOnlyList<string> idTokens, out bool severalLinked)
    {
        string? first = null;
        severalLinked = false;
        for (var i = 0; i < idTokens.Count; i++)
        {
            if (!_links.TryGetValue(idTokens[i], out var personId) || personId == first)
            {
                continue;
            }

            if (first is null)
            {
                first = personId;
            }
            else
            {
                severalLinked = true;
            }
        }

        return first;
    }

    /// <summary>Links any new identifiers of the block to the given person and stores the event under it.</summary>
    public (AppendOutcome Outcome, string? StoredUnder) Attach(IReadOnlyList<string> idTokens, string personId)
    {
        for (var i = 0; i < idTokens.Count; i++)
        {
            if (_links.TryAdd(idTokens[i], personId))
            {
                _newLinks.Add((idTokens[i], personId));
            }
        }

        return (new AppendOutcome(AppendStatus.Accepted, CanonicalOf(personId)), personId);
    }

    private (AppendOutcome Outcome, string? StoredUnder) Place(MatchDecision? decision, IReadOnlyList<string> idTokens)
    {
        if (decision is null)
        {
            var personId = newPersonId();
            _newPersons.Add(personId);
            return Attach(idTokens, personId);
        }

        if (decision.IsNewPerson)
        {
            _newPersons.Add(decision.PersonId);
        }

        if (decision.Record is { } record)
        {
            _matchRecords.Add(record);
        }

        if (decision.Review is { } review)
        {
            _reviews.Add(review);
        }

        if (decision is { Bridged.Count: > 0, Record: { } placed })
        {
            _merges.Merge(decision.PersonId, decision.Bridged, placed.RecordId, now);
        }

        return Attach(idTokens, decision.PersonId);
    }
}
