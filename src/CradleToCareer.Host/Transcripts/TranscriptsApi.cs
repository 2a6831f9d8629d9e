using System.Text.Json;
using System.Text.RegularExpressions;
using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Host.Api;
using CradleToCareer.Storage.Access;
using CradleToCareer.Storage.Access.Signing;
using CradleToCareer.Storage.Disclosures;
using CradleToCareer.Storage.Identity;
using CradleToCareer.Storage.Transcripts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CradleToCareer.Host.Transcripts;

/// <summary>
/// E-transcripts (api.md; role <c>college</c>; consent scope <c>transcript</c>).
/// <c>POST /v1/students/{personId}/transcripts</c> issues one now from every event accepted before the
/// request, records the disclosure, keeps the transcript unchangeable and answers <c>201</c> with it;
/// <c>GET /v1/transcripts/{transcriptId}</c> gives the kept transcript again, to the organization that
/// requested it only. Both answer in JSON, as a signed JWS or as PESC XML, as <c>Accept</c> asks.
/// </summary>
public static partial class TranscriptsApi
{
    /// <summary>Body of <c>POST /v1/students/{personId}/transcripts</c>.</summary>
    public sealed record TranscriptRequest(string? Level, string? Purpose);

    public static IEndpointRouteBuilder MapTranscriptsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v1/students/{personId}/transcripts", IssueAsync)
            .RequireAuthorization(Roles.College)
            .WithTags("Transcripts")
            .WithName("IssueTranscript")
            .WithSummary("Issue an e-transcript of the student now, under the caller's organization's consent")
            .WithDescription(
                "Needs an active consent with scope transcript; 404, the same as for an unknown id, without one. "
                + "Accept: application/json (default), application/jwt (compact JWS, ES256, keys at /.well-known/jwks.json) "
                + "or application/xml (PESC College Transcript v1.6.0; High School Transcript v1.5.0 for level k12); "
                + "anything else is 406 and issues nothing.")
            .Produces<Transcript>(StatusCodes.Status201Created, TranscriptFormats.Json, TranscriptFormats.Jws, TranscriptFormats.Xml)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);
        routes.MapGet("/v1/transcripts/{transcriptId}", GetAsync)
            .RequireAuthorization(Roles.College)
            .WithTags("Transcripts")
            .WithName("GetTranscript")
            .WithSummary("A transcript issued before, exactly as issued; only to the organization that requested it")
            .Produces<Transcript>(StatusCodes.Status200OK, TranscriptFormats.Json, TranscriptFormats.Jws, TranscriptFormats.Xml)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);
        return routes;
    }

    private static async Task<IResult> IssueAsync(
        string personId,
        TranscriptRequest body,
        HttpContext context,
        IIdentityStore identity,
        IClusterClient cluster,
        IDisclosureRecord disclosures,
        ITranscriptArchive archive,
        TranscriptSigner signer,
        TranscriptSettings settings,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (TranscriptFormats.Negotiate(context.Request) is not { } format)
        {
            return NotAcceptable();
        }

        if (TranscriptRequests.Validate(body.Level, body.Purpose) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(ValidationErrors.ByPath(errors), title: "The transcript request is not valid");
        }

        var issue = new TranscriptIssue(
            "t_" + Guid.NewGuid().ToString("N"), clock.GetUtcNow(), settings.Issuer, OrganizationOf(context), body.Purpose!.Trim(), body.Level!);
        if (await StudentRoutes.CurrentIdAsync(personId, identity, cancellationToken) is not { } current
            || await cluster.GetGrain<IStudentGrain>(current).GetTranscriptForAsync(issue) is not { } consented)
        {
            return StudentRoutes.NotFound();
        }

        var transcript = consented.Transcript;
        var document = JsonSerializer.SerializeToUtf8Bytes(transcript, StudentProfileJson.Options);
        await disclosures.RecordAsync(context, current, TranscriptViews.Scope, consented.Consent, clock, cancellationToken);
        await archive.AddAsync(
            new IssuedTranscript(transcript.TranscriptId, current, transcript.RecipientOrgId, transcript.Level, transcript.IssuedAt, document),
            cancellationToken);
        return TranscriptResult.Of(format, document, signer, StatusCodes.Status201Created, $"/v1/transcripts/{transcript.TranscriptId}", transcript);
    }

    private static async Task<IResult> GetAsync(
        string transcriptId, HttpContext context, ITranscriptArchive archive, TranscriptSigner signer, CancellationToken cancellationToken)
    {
        if (TranscriptFormats.Negotiate(context.Request) is not { } format)
        {
            return NotAcceptable();
        }

        var issued = TranscriptIdPattern().IsMatch(transcriptId) ? await archive.FindAsync(transcriptId, cancellationToken) : null;
        return issued is null || issued.RecipientOrgId != OrganizationOf(context)
            ? TypedResults.Problem(
                "No transcript with this id was issued to your organization.", statusCode: StatusCodes.Status404NotFound, title: "Transcript not found")
            : TranscriptResult.Of(format, issued.Document, signer, StatusCodes.Status200OK);
    }

    private static ProblemHttpResult NotAcceptable() => TypedResults.Problem(
        "Accept names no type a transcript is available in; ask for one of " + string.Join(", ", TranscriptFormats.Supported) + ".",
        statusCode: StatusCodes.Status406NotAcceptable,
        title: "Transcript format not available");

    private static string OrganizationOf(HttpContext context) =>
        context.User.FindFirst(AccessTokenClaimNames.Organization)?.Value ?? "";

    [GeneratedRegex("^t_[0-9a-f]{32}$")]
    private static partial Regex TranscriptIdPattern();
}
