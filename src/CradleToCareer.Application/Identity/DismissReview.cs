namespace CradleToCareer.Application.Identity;

/// <summary>The steward decides that a review item's two persons are different people; the item leaves the queue.</summary>
public sealed class DismissReview(IIdentityStore store, TimeProvider clock)
{
    /// <returns>False when no open review item has the id.</returns>
    public Task<bool> RunAsync(Caller steward, string reviewId, CancellationToken cancellationToken) =>
        store.DismissReviewAsync(reviewId, steward.ClientId, clock.GetUtcNow(), cancellationToken);
}
