using Microsoft.AspNetCore.Http.HttpResults;
using CradleToCareer.Abstractions;
using CradleToCareer.Grains;
using CradleToCareer.Domain.Institutions;
using CradleToCareer.Application.Access;

namespace CradleToCareer.Host.Api;

/// <summary><c>GET /v1/institutions/{institutionId}</c>: live enrollment and milestone counts, suppressed.</summary>
public static class InstitutionsApi
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
        if (await InstitutionAccess.RefuseAsync(institutionId, context, registry, cancellationToken) is { } refused)
        {
            return refused;
        }

        var summary = await cluster.Keyed<IInstitutionGrain>(institutionId).GetSummaryAsync();
        return summary is not null ? TypedResults.Ok(summary) : InstitutionAccess.NotFound();
    }
}
