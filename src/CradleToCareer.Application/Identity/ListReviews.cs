using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.Identity;

/// <summary>What asking for a page of the review queue came to.</summary>
public abstract record ReviewsOutcome
{
    private ReviewsOutcome()
    {
    }

    /// <summary>The page size asked for is not between 1 and <see cref="ListReviews.MaxPageSize"/>.</summary>
    public sealed record LimitOutOfRange : ReviewsOutcome;

    /// <summary>One page, and how many items are open in all.</summary>
    public sealed record Listed(int Total, IReadOnlyList<MaskedReview> Reviews) : ReviewsOutcome;
}

/// <summary>A review item with its two persons masked.</summary>
public sealed record MaskedReview(ReviewItem Item, MaskedPerson Person, MaskedPerson Candidate);

/// <summary>
/// The steward's queue of possible matches and identifier conflicts, oldest first, with the evidence and both persons
/// masked. Paged by the last review id of the previous page; items whose persons have been merged since are left out.
/// </summary>
public sealed class ListReviews(IIdentityStore store, IStudentProfiles students)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public async Task<ReviewsOutcome> RunAsync(int? limit, string? after, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxPageSize)
        {
            return new ReviewsOutcome.LimitOutOfRange();
        }

        var page = await store.ListReviewsAsync(limit ?? DefaultPageSize, after, cancellationToken);
        var reviews = await Task.WhenAll(page.Items.Select(async item => new MaskedReview(
            item, await MaskAsync(item.PersonId), await MaskAsync(item.CandidateId))));
        return new ReviewsOutcome.Listed(page.Total, reviews);
    }

    private async Task<MaskedPerson> MaskAsync(string personId) =>
        MaskedPerson.Of(personId, await students.ProfileJsonAsync(personId));
}
