using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Disclosures;
using CradleToCareer.Application.Disclosures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CradleToCareer.Host.Api;

/// <summary>
/// <c>GET /v1/students/{personId}/disclosures</c>: the student's disclosure record and whether its chain holds. Reading it
/// is itself a disclosure to the portal, recorded for the next reading.
/// </summary>
public static class DisclosuresApi
{
    /// <summary>
    /// One recorded disclosure. <c>consentId</c> is null for a student portal's read, which needs none; for an entry made
    /// under a consent, <c>consentGrantedByClientId</c> and <c>consentStudentSession</c> say which portal client granted
    /// that consent and in which student session (null when not known).
    /// </summary>
    public sealed record DisclosureView(
        int Entry, string ClientId, string OrganizationId, string Scope, string? ConsentId, string Purpose,
        DateTimeOffset DisclosedAt, string Hash, string? ConsentGrantedByClientId, string? ConsentStudentSession);

    /// <summary>The record and its verification: <c>valid</c> false names the first entry that does not hold.</summary>
    public sealed record DisclosureRecordView(IReadOnlyList<DisclosureView> Entries, ChainVerification Verification);

    public static IEndpointRouteBuilder MapDisclosuresApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/disclosures", ReadAsync)
            .RequireAuthorization(Roles.StudentPortal)
            .WithTags("Students")
            .WithName("GetDisclosures")
            .WithSummary("Every disclosure of the student's data to another organization, with a check of its hash chain")
            .WithDescription("The student portal's own reads are entries too (consentId null, purpose naming the student session of the optional C2C-Student-Session header); this read is recorded after its answer is built, so the next read shows it.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<Results<Ok<DisclosureRecordView>, ProblemHttpResult>> ReadAsync(
        string personId, HttpContext context, ReadDisclosures disclosures, CancellationToken cancellationToken)
    {
        if (context.PortalCaller() is not { } portal)
        {
            return StudentSessionHeader.Invalid();
        }

        if (await disclosures.RunAsync(portal, personId, cancellationToken) is not { } reading)
        {
            return StudentRoutes.NotFound();
        }

        return TypedResults.Ok(new DisclosureRecordView([.. reading.Entries.Select(e => View(e, reading))], reading.Verification));
    }

    private static DisclosureView View(RecordedDisclosure entry, DisclosureReading reading)
    {
        var disclosure = entry.Disclosure;
        var consent = reading.ConsentsById.GetValueOrDefault(disclosure.ConsentId);
        return new DisclosureView(
            entry.EntryNumber, disclosure.ClientId, disclosure.OrganizationId, disclosure.Scope,
            disclosure.ConsentId == PortalRead.NoConsent ? null : disclosure.ConsentId, disclosure.Purpose, disclosure.DisclosedAt,
            Convert.ToHexStringLower(entry.Hash), consent?.GrantedByClientId, consent?.StudentSession);
    }
}
