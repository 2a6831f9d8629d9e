using CradleToCareer.Domain.Access;
using CradleToCareer.Application.Exchange;
using CradleToCareer.Application.Transcripts;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Host.Access;
using CradleToCareer.Host.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CradleToCareer.Host.Transcripts;

/// <summary>
/// E-transcripts (api.md; role <c>college</c>; consent scope <c>transcript</c>).
/// <c>POST /v1/students/{personId}/transcripts</c> issues one now from every event accepted before the
/// request, records the disclosure, keeps the transcript unchangeable and answers <c>201</c> with it;
/// <c>GET /v1/transcripts/{transcriptId}</c> gives the kept transcript again, to the organization that
/// requested it only, while a consent of the student's covers <c>transcript</c> for it, and records that disclosure
/// too. Both answer in JSON, as a signed JWS or as PESC XML, as <c>Accept</c> asks.
/// </summary>
public static class TranscriptsApi
{
    /// <summary>Body of <c>POST /v1/students/{personId}/transcripts</c>.</summary>
    public sealed record TranscriptRequest(string? Level, string? Purpose);

    /// <summary>Issuing, under <c>/v1/students/{personId}</c>.</summary>
    public static IEndpointRouteBuilder MapTranscriptIssueApi(this IEndpointRouteBuilder student)
    {
        student.MapPost("/transcripts", IssueAsync)
            .RequireAuthorization(Roles.College)
            .WithTags("Transcripts")
            .WithName("IssueTranscript")
            .WithSummary("Issue an e-transcript of the student now, under the caller's organization's consent")
            .WithDescription(
                "Needs an active consent with scope transcript; 404, the same as for an unknown id, without one. "
                + "Accept: application/json (default), application/jwt (compact JWS, ES256, keys at /.well-known/jwks.json), "
                + "application/xml (PESC College Transcript v1.6.0; High School Transcript v1.5.0 for level k12) or application/pdf "
                + "(for people, with the verification code); "
                + "anything else is 406 and issues nothing.")
            .Produces<Transcript>(StatusCodes.Status201Created, TranscriptFormats.Json, TranscriptFormats.Jws, TranscriptFormats.Xml, TranscriptFormats.Pdf)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);
        return student;
    }

    /// <summary>Transcripts issued before, under <c>/v1/transcripts</c>.</summary>
    public static IEndpointRouteBuilder MapIssuedTranscriptsApi(this IEndpointRouteBuilder transcripts)
    {
        transcripts.MapGet("/{transcriptId}", GetAsync)
            .RequireAuthorization(Roles.College)
            .WithTags("Transcripts")
            .WithName("GetTranscript")
            .WithSummary("A transcript issued before, exactly as issued; only to the organization that requested it")
            .WithDescription(
                "Each read is a disclosure: it needs, at the time of the request, an active consent from the student to the caller's "
                + "organization with scope transcript, and is recorded under it. Without one (a revoked consent included) the answer is "
                + "the 404 of an id nobody was issued, and nothing is recorded.")
            .Produces<Transcript>(StatusCodes.Status200OK, TranscriptFormats.Json, TranscriptFormats.Jws, TranscriptFormats.Xml, TranscriptFormats.Pdf)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);
        transcripts.MapGet("/{transcriptId}/verification", VerifyAsync)
            .AllowAnonymous()
            .WithTags("Transcripts")
            .WithName("VerifyTranscript")
            .WithSummary("Check a printed transcript: its id and the verification code printed on it")
            .WithDescription(
                "Anyone may ask, without a token. 200 with when, by whom and to whom it was issued when the id and the code match an "
                + "issued transcript; otherwise 404. Nothing about the student is shown, so nothing is a disclosure.")
            .Produces<TranscriptVerification>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return transcripts;
    }

    private static async Task<IResult> IssueAsync(
        string personId, TranscriptRequest body, HttpContext context, IssueTranscript transcripts, TranscriptSigner signer, TranscriptLinks links,
        CancellationToken cancellationToken)
    {
        if (TranscriptFormats.Negotiate(context.Request) is not { } format)
        {
            return NotAcceptable();
        }

        return await transcripts.RunAsync(context.User.ToCaller(), personId, body.Level, body.Purpose, cancellationToken) switch
        {
            IssueOutcome.Issued issued => TranscriptResult.Of(
                format, issued.Transcript, signer, links, StatusCodes.Status201Created, $"/v1/transcripts/{issued.Transcript.TranscriptId}"),
            IssueOutcome.Invalid invalid => TypedResults.ValidationProblem(
                ValidationErrors.ByPath(invalid.Errors), title: "The transcript request is not valid"),
            _ => StudentRoutes.NotFound(),
        };
    }

    private static async Task<IResult> GetAsync(
        string transcriptId, HttpContext context, IssueTranscript transcripts, TranscriptSigner signer, TranscriptLinks links,
        MarkTranscriptDelivered delivered, CancellationToken cancellationToken)
    {
        if (TranscriptFormats.Negotiate(context.Request) is not { } format)
        {
            return NotAcceptable();
        }

        if (await transcripts.FindAsync(context.User.ToCaller(), transcriptId, cancellationToken) is not { } issued)
        {
            return TypedResults.Problem(
                "No transcript with this id was issued to your organization.", statusCode: StatusCodes.Status404NotFound, title: "Transcript not found");
        }

        await delivered.ByTranscriptAsync(issued.TranscriptId, cancellationToken);
        return TranscriptResult.Of(format, issued, signer, links, StatusCodes.Status200OK);
    }

    private static async Task<Results<Ok<TranscriptVerification>, ProblemHttpResult>> VerifyAsync(
        string transcriptId, string? code, VerifyTranscript verify, CancellationToken cancellationToken) =>
        await verify.RunAsync(transcriptId, code, cancellationToken) is { } verified
            ? TypedResults.Ok(verified)
            : TypedResults.Problem(
                "No transcript with this id was issued with this verification code.", statusCode: StatusCodes.Status404NotFound,
                title: "Transcript not verified");

    private static ProblemHttpResult NotAcceptable() => TypedResults.Problem(
        "Accept names no type a transcript is available in; ask for one of " + string.Join(", ", TranscriptFormats.Supported) + ".",
        statusCode: StatusCodes.Status406NotAcceptable,
        title: "Transcript format not available");
}
