using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Access;
using CradleToCareer.Host.Access;
using CradleToCareer.Application.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using System.Diagnostics;

namespace CradleToCareer.Host.Api;

/// <summary>
/// Identity stewardship (role <c>steward</c>): the queue of possible matches with their evidence,
/// merges, and their undoing. Merges and undos are journaled with who, when and why.
/// </summary>
public static class IdentityApi
{
    public const int DefaultPageSize = ListReviews.DefaultPageSize;
    public const int MaxPageSize = ListReviews.MaxPageSize;

    /// <summary>Body of <c>POST /v1/identity/merges</c>.</summary>
    public sealed record MergeBody(string? SurvivorId, string? MergedId, string? Reason);

    /// <summary>Optional body of <c>POST /v1/identity/merges/{mergeId}/undo</c>.</summary>
    public sealed record UndoBody(string? Reason);

    public sealed record MergeView(string MergeId, string SurvivorId, string MergedId);

    public static RouteGroupBuilder MapIdentityApi(this RouteGroupBuilder identity)
    {
        identity
            .WithTags("Identity")
            .RequireAuthorization(Roles.Steward)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        identity.MapGet("/reviews", ListReviewsAsync)
            .WithName("ListIdentityReviews")
            .WithSummary("Possible matches and identifier conflicts waiting for a decision, oldest first, with the evidence and why each is queued; PII masked")
            .WithDescription($"Page with limit (1 to {MaxPageSize}, default {DefaultPageSize}) and after (the last reviewId of the previous page). Items whose persons have been merged since are left out.")
            .ProducesValidationProblem();
        identity.MapPost("/reviews/{reviewId}/dismiss", DismissAsync)
            .WithName("DismissIdentityReview")
            .WithSummary("Decide that a review item's two persons are different people; it leaves the queue")
            .ProducesProblem(StatusCodes.Status404NotFound);
        identity.MapPost("/merges", MergeAsync)
            .WithName("MergePersons")
            .WithSummary("Merge one person into another: every record of the merged id belongs to the survivor, and the merged id resolves to the survivor from then on")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        identity.MapPost("/merges/{mergeId}/undo", UndoAsync)
            .WithName("UndoMerge")
            .WithSummary("Undo a merge: both persons are back exactly as before it")
            .WithDescription("The body is optional: { \"reason\" } is journaled with the undo.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return identity;
    }

    private static async Task<Results<Ok<ReviewQueueView>, ValidationProblem>> ListReviewsAsync(
        ListReviews reviews, CancellationToken cancellationToken, int? limit = null, string? after = null) =>
        await reviews.RunAsync(limit, after, cancellationToken) switch
        {
            ReviewsOutcome.Listed listed => TypedResults.Ok(
                new ReviewQueueView(listed.Total, [.. listed.Reviews.Select(ReviewQueueView.ReviewView.Of)])),
            _ => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["limit"] = [$"must be between 1 and {MaxPageSize}"] },
                title: "The query is not valid"),
        };

    private static async Task<Results<NoContent, ProblemHttpResult>> DismissAsync(
        string reviewId, HttpContext context, DismissReview dismiss, CancellationToken cancellationToken) =>
        await dismiss.RunAsync(context.User.ToCaller(), reviewId, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem("No open review item has this id.", statusCode: StatusCodes.Status404NotFound, title: "Review item not found");

    private static async Task<Results<Created<MergeView>, ValidationProblem, ProblemHttpResult>> MergeAsync(
        MergeBody body, HttpContext context, MergePersons merge, CancellationToken cancellationToken) =>
        await merge.RunAsync(context.User.ToCaller(), body.SurvivorId, body.MergedId, body.Reason, cancellationToken) switch
        {
            MergePersonsOutcome.Merged { Request: var request } => TypedResults.Created(
                $"/v1/identity/merges/{request.MergeId}", new MergeView(request.MergeId, request.SurvivorId, request.MergedId)),
            MergePersonsOutcome.Refused refused => MergeRefusal(refused.Refusal, refused.Request),
            MergePersonsOutcome.Invalid invalid => TypedResults.ValidationProblem(
                ValidationErrors.ByPath(invalid.Errors), title: "The merge is not valid"),
            _ => throw new UnreachableException("A merge is merged, refused or invalid."),
        };

    private static async Task<Results<Ok<MergeView>, ProblemHttpResult>> UndoAsync(
        string mergeId, HttpContext context, UndoMerge undo, CancellationToken cancellationToken, [FromBody] UndoBody? body = null)
    {
        var outcome = await undo.RunAsync(context.User.ToCaller(), mergeId, body?.Reason, cancellationToken);
        return outcome.Status switch
        {
            UndoStatus.NotFound => TypedResults.Problem("No merge has this id.", statusCode: StatusCodes.Status404NotFound, title: "Merge not found"),
            UndoStatus.AlreadyUndone => TypedResults.Problem("This merge has already been undone.", statusCode: StatusCodes.Status409Conflict, title: "Merge already undone"),
            _ => TypedResults.Ok(new MergeView(mergeId, outcome.SurvivorId!, outcome.MergedId!)),
        };
    }

    private static ProblemHttpResult MergeRefusal(MergeOutcome outcome, MergeRequest request) => outcome.Status switch
    {
        MergeStatus.SurvivorNotFound => NotFound($"No person has the survivor id {request.SurvivorId}."),
        MergeStatus.MergedNotFound => NotFound($"No person has the merged id {request.MergedId}."),
        MergeStatus.SamePerson => Conflict("The survivor and the merged id are the same person."),
        MergeStatus.SurvivorMergedAway => Conflict($"The survivor {request.SurvivorId} was itself merged into {outcome.SurvivorId}; merge into that person instead."),
        _ => Conflict($"{request.MergedId} is already merged into {outcome.SurvivorId}."),
    };

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Person not found");

    private static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "The merge cannot be made");
}
