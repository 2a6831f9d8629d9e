using CradleToCareer.Domain.Identity;
using CradleToCareer.Application.Identity;
namespace CradleToCareer.Storage.InMemory.Identity;

/// <summary>The embedded default's review queue and merge journal; same rules as on PostgreSQL.</summary>
public sealed class InMemoryIdentityStore(InMemoryIdentity identity) : IIdentityStore
{
    public Task<string?> CanonicalAsync(string personId, CancellationToken cancellationToken)
    {
        lock (identity.Sync)
        {
            return Task.FromResult(identity.Exists(personId) ? identity.Canonical(personId) : null);
        }
    }

    public Task<ReviewPage> ListReviewsAsync(int limit, string? after, CancellationToken cancellationToken)
    {
        lock (identity.Sync)
        {
            var open = identity.OpenReviews();
            var start = after is null ? 0 : open.ToList().FindIndex(r => r.ReviewId == after) + 1;
            return Task.FromResult(new ReviewPage(open.Count, [.. open.Skip(start).Take(limit)]));
        }
    }

    public Task<bool> DismissReviewAsync(string reviewId, string stewardClientId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (identity.Sync)
        {
            return Task.FromResult(identity.Dismiss(reviewId, stewardClientId));
        }
    }

    public async Task<MergeOutcome> MergeAsync(MergeRequest request, CancellationToken cancellationToken)
    {
        await identity.Decisions.WaitAsync(cancellationToken);
        try
        {
            lock (identity.Sync)
            {
                string? Now(string id) => identity.Exists(id) ? identity.Canonical(id) : null;
                if (MergeRules.Check(request, Now(request.SurvivorId), Now(request.MergedId)) is { } refusal)
                {
                    return refusal;
                }

                identity.AddMerge(request);
                return new MergeOutcome(MergeStatus.Merged, request.SurvivorId, request.MergedId);
            }
        }
        finally
        {
            identity.Decisions.Release();
        }
    }

    public async Task<UndoOutcome> UndoAsync(UndoRequest request, CancellationToken cancellationToken)
    {
        await identity.Decisions.WaitAsync(cancellationToken);
        try
        {
            lock (identity.Sync)
            {
                var merge = identity.FindMerge(request.MergeId);
                if (merge is null)
                {
                    return new UndoOutcome(UndoStatus.NotFound);
                }

                if (merge.Undone)
                {
                    return new UndoOutcome(UndoStatus.AlreadyUndone, merge.SurvivorId, merge.MergedId);
                }

                merge.Undo = request;
                return new UndoOutcome(UndoStatus.Undone, merge.SurvivorId, merge.MergedId);
            }
        }
        finally
        {
            identity.Decisions.Release();
        }
    }
}
