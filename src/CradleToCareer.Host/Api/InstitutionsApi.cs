using Microsoft.AspNetCore.Http.HttpResults;
using System.Text.RegularExpressions;
using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Institutions;
using CradleToCareer.Host.Access;
using CradleToCareer.Application.Access;

namespace CradleToCareer.Host.Api;

/// <summary><c>GET /v1/institutions/{institutionId}</c>: live enrollment and milestone counts, suppressed.</summary>
public static partial class InstitutionsApi
{
    public static IEndpointRouteBuilder MapInstitutionsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/{institutionId}", GetSummaryAsync)
            .RequireAuthorization()
            .WithName("GetInstitution")
            .WithTags("Institutions")
            .WithSummary("Current enrollment counts and milestone counts of one institution")
            .WithDescription(
                "For staff of the organization that speaks for the institution. Counts between 1 and 10 are suppressed " +
                "(null), with complementary cells, per rules.md Aggregates.")
            .Produces<InstitutionSummary>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<Results<Ok<InstitutionSummary>, ProblemHttpResult>> GetSummaryAsync(
        string institutionId, HttpContext context, IAccessRegistry registry, IClusterClient cluster, CancellationToken cancellationToken)
    {
        if (!InstitutionIdPattern().IsMatch(institutionId))
        {
            return TypedResults.Problem(
                "An institution id is cds: followed by 14 digits, or ipeds: followed by 6 digits.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Malformed institution id");
        }

        var caller = await CallerOrganization.OfAsync(context.User, registry, cancellationToken);
        if (caller?.Institutions.Contains(institutionId, StringComparer.Ordinal) != true)
        {
            return TypedResults.Problem(
                "Your organization does not speak for this institution.", statusCode: StatusCodes.Status403Forbidden, title: "Not your institution");
        }

        var summary = await cluster.GetGrain<IInstitutionGrain>(institutionId).GetSummaryAsync();
        return summary is not null
            ? TypedResults.Ok(summary)
            : TypedResults.Problem("No accepted event names this institution.", statusCode: StatusCodes.Status404NotFound, title: "Institution not found");
    }

    [GeneratedRegex(@"^(cds:\d{14}|ipeds:\d{6})$")]
    private static partial Regex InstitutionIdPattern();
}
