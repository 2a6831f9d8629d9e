using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Host.Api;
using CradleToCareer.Host.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CradleToCareer.Host.Pages.Steward;

/// <summary>
/// The steward's review queue (people.md, role steward): each candidate pair side by side, masked, with the field
/// evidence and the score, shaped as <c>GET /v1/identity/reviews</c> shapes them; merge (choose the survivor, give a
/// reason) or dismiss. The same use cases as the API's routes decide; person ids travel only in POST bodies.
/// </summary>
internal sealed class ReviewsModel(ListReviews reviews, MergePersons merge, DismissReview dismiss) : PageModel
{
    public const int PageSize = 20;

    public int Total { get; private set; }

    /// <summary>This page's items, oldest first.</summary>
    public IReadOnlyList<ReviewQueueView.ReviewView> Reviews { get; private set; } = [];

    /// <summary>The review id this page starts after; null on the first page.</summary>
    public string? After { get; private set; }

    /// <summary>The last review id of this page when another page may follow.</summary>
    public string? Next { get; private set; }

    /// <summary>What was just done, said once after the redirect.</summary>
    public string? Done { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The item the problem is about, when it is on this page.</summary>
    public string? ProblemReviewId { get; private set; }

    /// <summary>The survivor and reason typed for <see cref="ProblemReviewId"/>, shown again.</summary>
    public string? TypedSurvivorId { get; private set; }

    public string? TypedReason { get; private set; }

    public async Task OnGetAsync(string? after, string? done, CancellationToken cancellationToken)
    {
        Done = done switch
        {
            "dismissed" => "The item was dismissed: the two are different people. It has left the queue.",
            _ => null,
        };
        await LoadAsync(after, cancellationToken);
    }

    public async Task<IActionResult> OnPostMergeAsync(
        string? reviewId, string? survivorId, string? reason, string? after, CancellationToken cancellationToken)
    {
        await LoadAsync(after, cancellationToken);
        (ProblemReviewId, TypedSurvivorId, TypedReason) = (reviewId, survivorId, reason);
        if (Reviews.FirstOrDefault(review => review.ReviewId == reviewId) is not { } item)
        {
            return Refuse(StatusCodes.Status404NotFound, "No open review item on this page has this id; it may have been decided already.");
        }

        if (item.Kind == ReviewKinds.MatcherMerge)
        {
            return Refuse(StatusCodes.Status409Conflict, "Matching has already merged these two: dismiss the item to confirm it, or undo the merge in the journal.");
        }

        var mergedId = survivorId == item.Person.PersonId ? item.Candidate.PersonId
            : survivorId == item.Candidate.PersonId ? item.Person.PersonId
            : null;
        if (mergedId is null)
        {
            return Refuse(StatusCodes.Status400BadRequest, "Choose which of the two persons remains.");
        }

        return await merge.RunAsync(HttpContext.WebCaller(), survivorId, mergedId, reason, cancellationToken) switch
        {
            MergePersonsOutcome.Merged => RedirectToPage("/Steward/Journal", new { done = "merged" }),
            MergePersonsOutcome.Invalid invalid => Refuse(
                StatusCodes.Status400BadRequest,
                invalid.Errors.Any(error => error.Path == "/reason") ? "Give a reason: why these two are one person." : "The merge is not complete."),
            MergePersonsOutcome.Refused refused => Refuse(StatusCodes.Status409Conflict, StewardWords.Refusal(refused.Refusal.Status)),
            _ => Refuse(StatusCodes.Status409Conflict, "The merge could not be made."),
        };
    }

    public async Task<IActionResult> OnPostDismissAsync(string? reviewId, string? after, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(reviewId) && await dismiss.RunAsync(HttpContext.WebCaller(), reviewId, cancellationToken))
        {
            return RedirectToPage("/Steward/Reviews", new { done = "dismissed" });
        }

        await LoadAsync(after, cancellationToken);
        ProblemReviewId = reviewId;
        return Refuse(StatusCodes.Status404NotFound, "No open review item has this id; it may have been decided already.");
    }

    /// <summary>The address of the page after this one.</summary>
    public string NextPageHref() => "/steward/reviews?after=" + Uri.EscapeDataString(Next!);

    private async Task LoadAsync(string? after, CancellationToken cancellationToken)
    {
        After = string.IsNullOrWhiteSpace(after) ? null : after.Trim();
        if (await reviews.RunAsync(PageSize, After, cancellationToken) is ReviewsOutcome.Listed listed)
        {
            Total = listed.Total;
            Reviews = [.. listed.Reviews.Select(ReviewQueueView.ReviewView.Of)];
            Next = Reviews.Count == PageSize ? Reviews[^1].ReviewId : null;
        }
    }

    private PageResult Refuse(int status, string problem)
    {
        Problem = problem;
        if (Reviews.All(review => review.ReviewId != ProblemReviewId))
        {
            ProblemReviewId = null;
        }

        var page = Page();
        page.StatusCode = status;
        return page;
    }
}
