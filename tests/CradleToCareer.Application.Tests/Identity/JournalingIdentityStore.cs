using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.Tests.Identity;

/// <summary>
/// The in-memory identity store, keeping the steward client ids it was handed: the in-memory journal itself drops them
/// (the PostgreSQL journal keeps them).
/// </summary>
internal sealed class JournalingIdentityStore(IIdentityStore store) : IIdentityStore
{
    public List<string> Stewards { get; } = [];

    public Task<string?> CanonicalAsync(string personId, CancellationToken cancellationToken) =>
        store.CanonicalAsync(personId, cancellationToken);

    public Task<ReviewPage> ListReviewsAsync(int limit, string? after, CancellationToken cancellationToken) =>
        store.ListReviewsAsync(limit, after, cancellationToken);

    public Task<bool> DismissReviewAsync(string reviewId, string stewardClientId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        Stewards.Add(stewardClientId);
        return store.DismissReviewAsync(reviewId, stewardClientId, at, cancellationToken);
    }

    public Task<MergeOutcome> MergeAsync(MergeRequest request, CancellationToken cancellationToken)
    {
        Stewards.Add(request.StewardClientId);
        return store.MergeAsync(request, cancellationToken);
    }

    public Task<UndoOutcome> UndoAsync(UndoRequest request, CancellationToken cancellationToken)
    {
        Stewards.Add(request.StewardClientId);
        return store.UndoAsync(request, cancellationToken);
    }
}
