namespace CradleToCareer.Domain.Identity;

/// <summary>
/// The merges matching makes within one batch, or within one re-check of the review queue (<see cref="ReviewRecheck"/>).
/// A new record that links to several persons (<see cref="MatchDecision.Bridged"/>) shows they are one: each other
/// person is merged into the one the record is stored under, journaled like a steward's merge under
/// <see cref="MatcherActor.ClientId"/> and undoable the same way, and a <see cref="ReviewKinds.MatcherMerge"/> item tells
/// the stewards. This is how the same records end in the same persons whatever order they arrive in: two records of one
/// student that did not link to each other are joined by the first record that links to both. Persons a steward kept
/// apart (<see cref="IdentityLookup.KeptApart"/>) are never merged.
/// </summary>
internal sealed class MatcherMerges(IdentityLookup identity)
{
    private readonly Dictionary<string, string> _survivors = new(StringComparer.Ordinal);
    private readonly List<MergeRequest> _merges = [];
    private readonly List<ReviewItem> _reviews = [];

    public IReadOnlyList<MergeRequest> Merges => _merges;

    public IReadOnlyList<ReviewItem> Reviews => _reviews;

    /// <summary>The person an id stands for now, counting the merges of this batch.</summary>
    public string CanonicalOf(string personId)
    {
        var current = identity.CanonicalOf(personId);
        while (_survivors.TryGetValue(current, out var survivor))
        {
            current = survivor;
        }

        return current;
    }

    /// <summary>
    /// Merges every bridged person into the one the record is stored under, unless they are one already or a steward
    /// kept them apart.
    /// </summary>
    public void Merge(string personId, IReadOnlyList<string> bridged, string recordId, DateTimeOffset now)
    {
        foreach (var other in bridged)
        {
            if (Merge(personId, other, $"matching: record {recordId} links both persons", now) is { } request)
            {
                _reviews.Add(new ReviewItem(
                    ReviewItem.NewId(), ReviewKinds.MatcherMerge, request.SurvivorId, request.MergedId, null, [], ReviewReasons.ForMatcherMerge(request.MergeId), [], now));
            }
        }
    }

    /// <summary>
    /// Merges the person <paramref name="other"/> stands for into the one <paramref name="personId"/> stands for, journaled
    /// with <paramref name="reason"/>; null (nothing merged) when they are one already or a steward kept them apart.
    /// </summary>
    public MergeRequest? Merge(string personId, string other, string reason, DateTimeOffset now)
    {
        var survivor = CanonicalOf(personId);
        var merged = CanonicalOf(other);
        if (survivor == merged || identity.AreKeptApart(personId, other) || identity.AreKeptApart(survivor, merged))
        {
            return null;
        }

        var request = new MergeRequest(MergeRequest.NewId(), survivor, merged, reason, MatcherActor.ClientId, now);
        _merges.Add(request);
        _survivors[merged] = survivor;
        return request;
    }
}
