using CradleToCareer.Domain.Identity;
namespace CradleToCareer.Application.Identity;

/// <summary>
/// The steward's side of identity: the review queue, merges and their undoing, and what a person id
/// stands for now. Merges are serialised with ingest's identity decisions.
/// </summary>
public interface IIdentityStore
{
    /// <summary>The person the id stands for now (itself or its survivor); null when no such person exists.</summary>
    Task<string?> CanonicalAsync(string personId, CancellationToken cancellationToken);

    /// <summary>Open review items, oldest first, after the given review id; pairs merged since are left out.</summary>
    Task<ReviewPage> ListReviewsAsync(int limit, string? after, CancellationToken cancellationToken);

    /// <summary>Marks a review item as decided "not the same person".</summary>
    Task<bool> DismissReviewAsync(string reviewId, string stewardClientId, DateTimeOffset at, CancellationToken cancellationToken);

    Task<MergeOutcome> MergeAsync(MergeRequest request, CancellationToken cancellationToken);

    Task<UndoOutcome> UndoAsync(UndoRequest request, CancellationToken cancellationToken);
}

public sealed record ReviewPage(int Total, IReadOnlyList<ReviewItem> Items);
