using CradleToCareer.Application.Exchange;
using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Transcripts.Requests;
using CradleToCareer.Host.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CradleToCareer.Host.Exchange;

/// <summary>
/// Transcript requests (exchange.md; role <c>college</c>): a request in JSON or PESC XML, kept before it is answered
/// <c>202</c>; its status and history, the organization's requests, cancelling, the PESC TranscriptResponse, and the
/// acknowledgement. Only the requesting organization sees a request; to anyone else it does not exist.
/// </summary>
public static class TranscriptRequestsApi
{
    public static IEndpointRouteBuilder MapTranscriptRequestsApi(this IEndpointRouteBuilder requests)
    {
        requests.MapPost("", SubmitAsync)
            .RequireAuthorization(Roles.College)
            .WithTags("Transcript requests")
            .WithName("SubmitTranscriptRequest")
            .WithSummary("Request a student's transcript, in JSON or as a PESC TranscriptRequest v1.4.0 document")
            .WithDescription(
                "application/json (exchange.md) or application/xml (PESC TranscriptRequest v1.4.0, validated against its schema; "
                + "every schema error is listed with its line and column; ?deliveryUrl= names the push address). The request is kept before "
                + "the 202. With a consent of the student's covering transcript it is issued at once; otherwise it awaits consent, which is "
                + "also how a request about nobody looks. With a delivery url, every status change is pushed there, signed per Standard "
                + "Webhooks with the secret in the answer (shown once).")
            .Accepts<TranscriptRequestJsonBody>("application/json", "application/xml")
            .Produces<RequestAccepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        requests.MapGet("", ListAsync)
            .RequireAuthorization(Roles.College)
            .WithTags("Transcript requests")
            .WithName("ListTranscriptRequests")
            .WithSummary("The caller's organization's transcript requests, newest first, paged")
            .Produces<RequestPage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        requests.MapGet("/{requestId}", GetAsync)
            .RequireAuthorization(Roles.College)
            .WithTags("Transcript requests")
            .WithName("GetTranscriptRequest")
            .WithSummary("A transcript request's status and history")
            .Produces<RequestView>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapDelete("/{requestId}", CancelAsync)
            .RequireAuthorization(Roles.College)
            .WithTags("Transcript requests")
            .WithName("CancelTranscriptRequest")
            .WithSummary("Cancel a transcript request that is not yet issued")
            .Produces<RequestView>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        requests.MapTranscriptExchangeDocumentsApi();
        return requests;
    }

    private static async Task<IResult> SubmitAsync(
        HttpContext context, TranscriptRequestBody bodies, SubmitTranscriptRequest submit, CancellationToken cancellationToken)
    {
        var read = await bodies.ReadAsync(context.Request, cancellationToken);
        if (read.Request is not { } requested)
        {
            return read.Problem!;
        }

        var submitted = await submit.RunAsync(context.User.ToCaller(), requested, read.DeliverySecret, cancellationToken);
        var request = submitted.Request;
        var delivery = request.Request.DeliveryUrl is { } url && submitted.DeliverySecret is { } secret ? new DeliveryAccepted(url, secret) : null;
        return TypedResults.Accepted($"/v1/transcript-requests/{request.RequestId}", new RequestAccepted(request.RequestId, request.Status, delivery));
    }

    private static async Task<Results<Ok<RequestPage>, ValidationProblem>> ListAsync(
        HttpContext context, ReadTranscriptRequests requests, TranscriptLinks links, string? status, string? after, int? limit,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (status is not null && !TranscriptRequestStatus.IsKnown(status))
        {
            errors["status"] = ["is not a status: one of " + string.Join(", ", TranscriptRequestStatus.Known)];
        }

        if (after is not null && !TranscriptRequestIds.IsWellFormed(after))
        {
            errors["after"] = ["is not a request id: tr_ and 32 lowercase hex digits, from an earlier page's next"];
        }

        if (limit is < 1 or > ReadTranscriptRequests.MaxPageSize)
        {
            errors["limit"] = [$"must be between 1 and {ReadTranscriptRequests.MaxPageSize}"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The listing's query is not valid");
        }

        var size = limit ?? 50;
        var page = await requests.ListAsync(context.User.ToCaller(), status, after, size, cancellationToken);
        var next = page.Count == size ? page[^1].RequestId : null;
        return TypedResults.Ok(new RequestPage([.. page.Select(request => RequestView.Of(request, links))], next));
    }

    private static async Task<Results<Ok<RequestView>, ProblemHttpResult>> GetAsync(
        string requestId, HttpContext context, ReadTranscriptRequests requests, TranscriptLinks links, CancellationToken cancellationToken) =>
        await requests.FindAsync(context.User.ToCaller(), requestId, cancellationToken) is { } request
            ? TypedResults.Ok(RequestView.Of(request, links))
            : NotFound();

    private static async Task<Results<Ok<RequestView>, ProblemHttpResult>> CancelAsync(
        string requestId, HttpContext context, ChangeTranscriptRequest change, TranscriptLinks links, CancellationToken cancellationToken) =>
        Answer(await change.CancelAsync(context.User.ToCaller(), requestId, cancellationToken), links, "cancelled: it is no longer waiting to be issued");

    internal static Results<Ok<RequestView>, ProblemHttpResult> Answer(ChangeOutcome outcome, TranscriptLinks links, string refusal) => outcome switch
    {
        ChangeOutcome.Changed changed => TypedResults.Ok(RequestView.Of(changed.Request, links)),
        ChangeOutcome.Conflict conflict => TypedResults.Problem(
            $"The request is {conflict.Request.Status}, so it cannot be {refusal}.",
            statusCode: StatusCodes.Status409Conflict, title: "The request's status does not allow this"),
        _ => NotFound(),
    };

    internal static ProblemHttpResult NotFound() => TypedResults.Problem(
        "No transcript request with this id was made by your organization.", statusCode: StatusCodes.Status404NotFound, title: "Transcript request not found");
}
