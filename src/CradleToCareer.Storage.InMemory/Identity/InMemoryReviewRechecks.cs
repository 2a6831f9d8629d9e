using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Storage.InMemory.Identity;

/// <summary>The embedded default's re-check of open possible matches; same rules as on PostgreSQL, under the same decisions lock.</summary>
public sealed class InMemoryReviewRechecks(InMemoryIdentity identity) : IReviewRecheckStore
{
    public async Task<RecheckPage> RecheckAsync(ReviewRecheck recheck, string? after, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recheck);
        await identity.Decisions.WaitAsync(cancellationToken);
        try
        {
            lock (identity.Sync)
            {
                var open = identity.OpenReviews()
                    .Where(item => item.Kind == ReviewKinds.PossibleMatch && (after is null || string.CompareOrdinal(item.ReviewId, after) > 0))
                    .OrderBy(item => item.ReviewId, StringComparer.Ordinal)
                    .Take(limit)
                    .ToList();
                var persons = open.SelectMany(item => new[] { item.PersonId, item.CandidateId }).ToHashSet(StringComparer.Ordinal);
                var lookup = new IdentityLookup(new Dictionary<string, string>(), identity.SurvivorsOf(persons));
                persons.UnionWith(persons.Select(lookup.CanonicalOf).ToList());
                var plan = recheck.Plan(open, lookup.WithKeptApart(identity.KeptApartAmong(persons)));
                identity.Apply(plan);
                return new RecheckPage(plan, open.Count, open.Count == 0 ? after : open[^1].ReviewId);
            }
        }
        finally
        {
            identity.Decisions.Release();
        }
    }
}
