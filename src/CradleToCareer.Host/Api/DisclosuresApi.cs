using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Disclosures;
using CradleToCareer.Application.Disclosures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CradleToCareer.Host.Api;

/// <summary><c>GET /v1/students/{personId}/disclosures</c>: the student's disclosure record and whether its chain holds.</summary>
public static class DisclosuresApi
{
    /// <summary>One recorded disclosure.</summary>
    public sealed record DisclosureView(
        int Entry, string ClientId, string OrganizationId, string Scope, string ConsentId, string Purpose,
        DateTimeOffset DisclosedAt, string Hash);

    /// <summary>The record and its verification: <c>valid</c> false names the first entry that does not hold.</summary>
    public sealed record DisclosureRecordView(IReadOnlyList<DisclosureView> Entries, ChainVerification Verification);

    public static IEndpointRouteBuilder MapDisclosuresApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/disclosures", ReadAsync)
            .RequireAuthorization(Roles.StudentPortal)
            .WithTags("Students")
            .WithName("GetDisclosures")
            .WithSummary("Every disclosure of the student's data to another organization, with a check of its hash chain")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<Results<Ok<DisclosureRecordView>, ProblemHttpResult>> ReadAsync(
        string personId, ReadDisclosures disclosures, CancellationToken cancellationToken)
    {
        if (await disclosures.RunAsync(personId, cancellationToken) is not { } reading)
        {
            return StudentRoutes.NotFound();
        }

        var views = reading.Entries.Select(e => new DisclosureView(
            e.EntryNumber, e.Disclosure.ClientId, e.Disclosure.OrganizationId, e.Disclosure.Scope, e.Disclosure.ConsentId,
            e.Disclosure.Purpose, e.Disclosure.DisclosedAt, Convert.ToHexStringLower(e.Hash))).ToList();
        return TypedResults.Ok(new DisclosureRecordView(views, reading.Verification));
    }
}
