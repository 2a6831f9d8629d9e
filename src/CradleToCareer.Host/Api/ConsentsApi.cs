using CradleToCareer.Domain.Access;
using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Consent;
using CradleToCareer.Host.Access;
using CradleToCareer.Application.Access;
using CradleToCareer.Application.Identity;
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

    /// <summary>A consent with its status at the moment of the answer.</summary>
    public sealed record ConsentView(
        string ConsentId, string PersonId, string RecipientOrgId, IReadOnlyList<string> Scopes, string Purpose, string Grantor,
        DateTimeOffset GrantedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, string Status);

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
            .ProducesValidationProblem();
        student.MapGet("", ListForStudentAsync)
            .WithName("ListStudentConsents")
            .WithSummary("The student's consents, active and past");
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

    private static async Task<Results<Created<ConsentView>, ValidationProblem, ProblemHttpResult>> GrantAsync(
        string personId, ConsentBody body, IAccessRegistry registry, IIdentityStore identity, IClusterClient cluster, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await StudentRoutes.CurrentIdAsync(personId, identity, cancellationToken) is not { } current)
        {
            return StudentRoutes.NotFound();
        }

        if (body.RecipientOrgId is null || await registry.GetOrganizationAsync(body.RecipientOrgId, cancellationToken) is null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["/recipientOrgId"] = ["is required: the id of a registered organization"] },
                title: "The consent is not valid");
        }

        var grant = await cluster.GetGrain<IStudentGrain>(current).GrantConsentAsync(
            new ConsentRequest(body.RecipientOrgId, body.Scopes, body.Purpose, body.ExpiresAt, body.Grantor));
        if (!grant.PersonExists)
        {
            return StudentRoutes.NotFound();
        }

        return grant.Consent is { } consent
            ? TypedResults.Created($"/v1/students/{current}/consents/{consent.ConsentId}", View(consent, clock.GetUtcNow()))
            : TypedResults.ValidationProblem(
                ValidationErrors.ByPath(grant.Errors),
                title: "The consent is not valid");
    }

    private static async Task<Results<Ok<IReadOnlyList<ConsentView>>, ProblemHttpResult>> ListForStudentAsync(
        string personId, IIdentityStore identity, IClusterClient cluster, TimeProvider clock, CancellationToken cancellationToken)
    {
        var consents = await StudentRoutes.CurrentIdAsync(personId, identity, cancellationToken) is { } current
            ? await cluster.GetGrain<IStudentGrain>(current).GetConsentsAsync()
            : null;
        return consents is null ? StudentRoutes.NotFound() : TypedResults.Ok(Views(consents, clock.GetUtcNow()));
    }

    /// <summary>A consent granted before a merge stays with the id it was granted on, so both ids are tried.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        string personId, string consentId, IIdentityStore identity, IClusterClient cluster, CancellationToken cancellationToken) =>
        await StudentRoutes.CurrentIdAsync(personId, identity, cancellationToken) is { } current
        && (await cluster.GetGrain<IStudentGrain>(current).RevokeConsentAsync(consentId)
            || (current != personId && await cluster.GetGrain<IStudentGrain>(personId).RevokeConsentAsync(consentId)))
            ? TypedResults.NoContent()
            : TypedResults.Problem("The student has no consent with this id.", statusCode: StatusCodes.Status404NotFound, title: "Consent not found");

    private static async Task<Results<Ok<IReadOnlyList<ConsentView>>, ProblemHttpResult>> ListForRecipientAsync(
        HttpContext context, IAccessRegistry registry, IClusterClient cluster, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await CallerOrganization.OfAsync(context.User, registry, cancellationToken) is not { } organization)
        {
            return CallerOrganization.Unknown();
        }

        var consents = await cluster.GetGrain<IOrganizationConsentsGrain>(organization.Id).ListAsync();
        return TypedResults.Ok(Views(consents, clock.GetUtcNow()));
    }

    private static IReadOnlyList<ConsentView> Views(IEnumerable<Consent> consents, DateTimeOffset now) =>
        [.. consents.Select(consent => View(consent, now))];

    private static ConsentView View(Consent c, DateTimeOffset now) => new(
        c.ConsentId, c.PersonId, c.RecipientOrgId, c.Scopes, c.Purpose, c.Grantor, c.GrantedAt, c.ExpiresAt, c.RevokedAt, c.StatusAt(now));
}
