using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Access;
using CradleToCareer.Abstractions;
using CradleToCareer.Host.Access;
using CradleToCareer.Application.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CradleToCareer.Host.Api;

/// <summary>
/// Identity stewardship (role <c>steward</c>): the queue of possible matches with their evidence,
/// merges, and their undoing. Merges and undos are journaled with who, when and why.
/// </summary>
public static class IdentityApi
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

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
            .WithSummary("Possible matches and identifier conflicts waiting for a decision, oldest first, with the evidence; PII masked")
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
        IIdentityStore store, IClusterClient cluster, CancellationToken cancellationToken, int? limit = null, string? after = null)
    {
        if (limit is < 1 or > MaxPageSize)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["limit"] = [$"must be between 1 and {MaxPageSize}"] },
                title: "The query is not valid");
        }

        var page = await store.ListReviewsAsync(limit ?? DefaultPageSize, after, cancellationToken);
        var views = await Task.WhenAll(page.Items.Select(item => ReviewQueueView.ReviewView.CreateAsync(item, cluster)));
        return TypedResults.Ok(new ReviewQueueView(page.Total, views));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DismissAsync(
        string reviewId, HttpContext context, IIdentityStore store, TimeProvider clock, CancellationToken cancellationToken) =>
        await store.DismissReviewAsync(reviewId, Steward(context), clock.GetUtcNow(), cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem("No open review item has this id.", statusCode: StatusCodes.Status404NotFound, title: "Review item not found");

    private static async Task<Results<Created<MergeView>, ValidationProblem, ProblemHttpResult>> MergeAsync(
        MergeBody body, HttpContext context, IIdentityStore store, IClusterClient cluster, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "/survivorId", body.SurvivorId, "the person id that remains");
        Require(errors, "/mergedId", body.MergedId, "the person id merged into the survivor");
        Require(errors, "/reason", body.Reason, "why the steward decided these are one person");
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The merge is not valid");
        }

        var request = new MergeRequest(
            MergeRequest.NewId(), body.SurvivorId!, body.MergedId!, body.Reason!.Trim(), Steward(context), clock.GetUtcNow());
        var outcome = StudentRoutes.IsPersonId(request.SurvivorId) && StudentRoutes.IsPersonId(request.MergedId)
            ? await store.MergeAsync(request, cancellationToken)
            : new MergeOutcome(StudentRoutes.IsPersonId(request.SurvivorId) ? MergeStatus.MergedNotFound : MergeStatus.SurvivorNotFound);
        if (outcome.Status != MergeStatus.Merged)
        {
            return MergeRefusal(outcome, request);
        }

        await RefreshAsync(cluster, request.SurvivorId, request.MergedId);
        return TypedResults.Created(
            $"/v1/identity/merges/{request.MergeId}", new MergeView(request.MergeId, request.SurvivorId, request.MergedId));
    }

    private static async Task<Results<Ok<MergeView>, ProblemHttpResult>> UndoAsync(
        string mergeId, HttpContext context, IIdentityStore store, IClusterClient cluster, TimeProvider clock,
        CancellationToken cancellationToken, [FromBody] UndoBody? body = null)
    {
        var outcome = await store.UndoAsync(new UndoRequest(mergeId, body?.Reason?.Trim(), Steward(context), clock.GetUtcNow()), cancellationToken);
        switch (outcome.Status)
        {
            case UndoStatus.NotFound:
                return TypedResults.Problem("No merge has this id.", statusCode: StatusCodes.Status404NotFound, title: "Merge not found");
            case UndoStatus.AlreadyUndone:
                return TypedResults.Problem("This merge has already been undone.", statusCode: StatusCodes.Status409Conflict, title: "Merge already undone");
            default:
                await RefreshAsync(cluster, outcome.SurvivorId!, outcome.MergedId!);
                return TypedResults.Ok(new MergeView(mergeId, outcome.SurvivorId!, outcome.MergedId!));
        }
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

    /// <summary>Both grains re-read their events, so profiles and institution counts follow the merge at once.</summary>
    private static Task RefreshAsync(IClusterClient cluster, string survivorId, string mergedId) =>
        Task.WhenAll(
            cluster.GetGrain<IStudentGrain>(survivorId).RefreshIdentityAsync(),
            cluster.GetGrain<IStudentGrain>(mergedId).RefreshIdentityAsync());

    private static void Require(Dictionary<string, string[]> errors, string path, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[path] = [$"is required: {what}"];
        }
    }

    private static string Steward(HttpContext context) => context.User.ToCaller().ClientId;
}
