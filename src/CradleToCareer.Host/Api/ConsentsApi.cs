using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Consent;
using CradleToCareer.Host.Access;
using CradleToCareer.Application.Consents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CradleToCareer.Host.Api;

/// <summary>
/// Consents (rules.md, Consent): the student portal grants, lists and revokes them; a recipient
/// organization lists those granted to it.
/// </summary>
public static class ConsentsApi
{
    public const string NonAdminPolicy = "non-admin";

    /// <summary>Body of <c>POST /v1/students/{personId}/consents</c>.</summary>
    public sealed record ConsentBody(
        string? RecipientOrgId, IReadOnlyList<string>? Scopes, string? Purpose, DateTimeOffset? ExpiresAt, string? Grantor);

    /// <summary>A consent with its status at the moment of the answer, as the organization it was granted to sees it.</summary>
    public sealed record ConsentView(
        string ConsentId, string PersonId, string RecipientOrgId, IReadOnlyList<string> Scopes, string Purpose, string Grantor,
        DateTimeOffset GrantedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, string Status);

    /// <summary>
    /// A consent as the student portal sees it: besides the terms, the portal client that granted it and the student
    /// session that client named (null when not known). The recipient's view leaves these two out.
    /// </summary>
    public sealed record StudentConsentView(
        string ConsentId, string PersonId, string RecipientOrgId, IReadOnlyList<string> Scopes, string Purpose, string Grantor,
        DateTimeOffset GrantedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, string Status,
        string? GrantedByClientId, string? StudentSession);

    /// <summary>The student's consents, under <c>/v1/students/{personId}/consents</c>.</summary>
    public static RouteGroupBuilder MapStudentConsentsApi(this RouteGroupBuilder student)
    {
        student
            .WithTags("Consents")
            .RequireAuthorization(Roles.StudentPortal)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        student.MapPost("", GrantAsync)
            .WithName("GrantConsent")
            .WithSummary("Grant an organization access to sections of the record, for a purpose, until a date at most a year ahead")
            .WithDescription("The consent keeps the portal client that granted it and the student session named in the optional C2C-Student-Session header; a malformed header is 400 and grants nothing.")
            .ProducesValidationProblem();
        student.MapGet("", ListForStudentAsync)
            .WithName("ListStudentConsents")
            .WithSummary("The student's consents, active and past")
            .WithDescription("Each list is recorded in the student's disclosure record (scope consents), with the student session named in the optional C2C-Student-Session header.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        student.MapDelete("/{consentId}", RevokeAsync)
            .WithName("RevokeConsent")
            .WithSummary("Revoke a consent; the next request that relies on it is refused");
        return student;
    }

    /// <summary>The consents granted to the caller's organization, at <c>/v1/consents</c>.</summary>
    public static RouteGroupBuilder MapGrantedConsentsApi(this RouteGroupBuilder consents)
    {
        consents.MapGet("", ListForRecipientAsync)
            .RequireAuthorization(NonAdminPolicy)
            .WithTags("Consents")
            .WithName("ListConsentsGrantedToMe")
            .WithSummary("The consents granted to the caller's organization, active and past")
            .Produces<IReadOnlyList<ConsentView>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return consents;
    }

    private static async Task<Results<Created<StudentConsentView>, ValidationProblem, ProblemHttpResult>> GrantAsync(
        string personId, ConsentBody body, HttpContext context, GrantConsent grant, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (context.PortalCaller() is not { } portal)
        {
            return StudentSessionHeader.Invalid();
        }

        var terms = new ConsentTerms(body.Scopes, body.Purpose, body.ExpiresAt, body.Grantor);
        return await grant.RunAsync(portal, personId, body.RecipientOrgId, terms, cancellationToken) switch
        {
            GrantOutcome.Granted { Consent: var consent } => TypedResults.Created(
                $"/v1/students/{consent.PersonId}/consents/{consent.ConsentId}", StudentView(consent, clock.GetUtcNow())),
            GrantOutcome.Invalid invalid => TypedResults.ValidationProblem(
                ValidationErrors.ByPath(invalid.Errors), title: "The consent is not valid"),
            _ => StudentRoutes.NotFound(),
        };
    }

    private static async Task<Results<Ok<IReadOnlyList<StudentConsentView>>, ProblemHttpResult>> ListForStudentAsync(
        string personId, HttpContext context, ListStudentConsents list, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (context.PortalCaller() is not { } portal)
        {
            return StudentSessionHeader.Invalid();
        }

        return await list.RunAsync(portal, personId, cancellationToken) is { } consents
            ? TypedResults.Ok<IReadOnlyList<StudentConsentView>>([.. consents.Select(c => StudentView(c, clock.GetUtcNow()))])
            : StudentRoutes.NotFound();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        string personId, string consentId, RevokeConsent revoke, CancellationToken cancellationToken) =>
        await revoke.RunAsync(personId, consentId, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem("The student has no consent with this id.", statusCode: StatusCodes.Status404NotFound, title: "Consent not found");

    private static async Task<Results<Ok<IReadOnlyList<ConsentView>>, ProblemHttpResult>> ListForRecipientAsync(
        HttpContext context, ListGrantedConsents list, TimeProvider clock, CancellationToken cancellationToken) =>
        await list.RunAsync(context.User.ToCaller(), cancellationToken) is { } consents
            ? TypedResults.Ok(Views(consents, clock.GetUtcNow()))
            : CallerOrganization.Unknown();

    private static IReadOnlyList<ConsentView> Views(IEnumerable<Consent> consents, DateTimeOffset now) =>
        [.. consents.Select(consent => View(consent, now))];

    private static ConsentView View(Consent c, DateTimeOffset now) => new(
        c.ConsentId, c.PersonId, c.RecipientOrgId, c.Scopes, c.Purpose, c.Grantor, c.GrantedAt, c.ExpiresAt, c.RevokedAt, c.StatusAt(now));

    private static StudentConsentView StudentView(Consent c, DateTimeOffset now) => new(
        c.ConsentId, c.PersonId, c.RecipientOrgId, c.Scopes, c.Purpose, c.Grantor, c.GrantedAt, c.ExpiresAt, c.RevokedAt, c.StatusAt(now),
        c.GrantedByClientId, c.StudentSession);
}
