using System.Text.RegularExpressions;
using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Institutions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CradleToCareer.Host.Api;

/// <summary><c>GET /v1/institutions/{institutionId}</c>: live enrollment and milestone counts, suppressed.</summary>
public static partial class InstitutionsApi
{
    public static IEndpointRouteBuilder MapInstitutionsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v1/institutions/{institutionId}", GetSummaryAsync)
            .WithName("GetInstitution")
            .WithTags("Institutions")
            .WithSummary("Current enrollment counts and milestone counts of one institution")
            .WithDescription("Counts between 1 and 10 are suppressed (null), with complementary cells, per rules.md Aggregates.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<Results<Ok<InstitutionSummary>, ProblemHttpResult>> GetSummaryAsync(
        string institutionId, IClusterClient cluster)
    {
        if (!InstitutionIdPattern().IsMatch(institutionId))
        {
            return TypedResults.Problem(
                "An institution id is cds: followed by 14 digits, or ipeds: followed by 6 digits.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Malformed institution id");
        }

        var summary = await cluster.GetGrain<IInstitutionGrain>(institutionId).GetSummaryAsync();
        return summary is not null
            ? TypedResults.Ok(summary)
            : TypedResults.Problem("No accepted event names this institution.", statusCode: StatusCodes.Status404NotFound, title: "Institution not found");
    }

    [GeneratedRegex(@"^(cds:\d{14}|ipeds:\d{6})$")]
    private static partial Regex InstitutionIdPattern();
}
