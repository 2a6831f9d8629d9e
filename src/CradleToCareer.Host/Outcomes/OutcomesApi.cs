using CradleToCareer.Abstractions;
using CradleToCareer.Grains;
using CradleToCareer.Application.Access;
using CradleToCareer.Domain.Outcomes;
using CradleToCareer.Host.Api;
using CradleToCareer.Host.Hosting;
using CradleToCareer.Host.Hosting.Problems;

namespace CradleToCareer.Host.Outcomes;

/// <summary>
/// Institution outcomes (outcomes.md "Routes"): an institution's cohorts for its staff, the same figures for anyone,
/// and the statewide figures of one cohort. All are suppressed alike, served with an entity tag, and the anonymous
/// ones are rate limited per address.
/// </summary>
public static class OutcomesApi
{
    private const string Tag = "Outcomes";
    private static readonly TimeSpan GatheringRetry = TimeSpan.FromSeconds(5);

    /// <summary><c>GET /v1/institutions/{institutionId}/outcomes</c>, on the institutions group.</summary>
    public static IEndpointRouteBuilder MapInstitutionOutcomesApi(this IEndpointRouteBuilder institutions)
    {
        institutions.MapGet("/{institutionId}/outcomes", GetForStaffAsync)
            .RequireAuthorization()
            .WithName("GetInstitutionOutcomes")
            .WithTags(Tag)
            .WithSummary("Every cohort of one institution with what became of its members, suppressed")
            .WithDescription(
                "For staff of the organization that speaks for the institution. Graduates by school year for a K-12 school, " +
                "entrants by term for a college; each metric for the whole cohort, by sex and by social-services participation, " +
                "with counts of 1 to 10 (and what they could be recovered from) as null. Answers carry an ETag; send it back " +
                "in If-None-Match to get 304 while nothing changed.")
            .Produces<OutcomesShape>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return institutions;
    }

    /// <summary><c>GET /v1/public/institutions/{institutionId}/outcomes</c> and <c>GET /v1/public/outcomes</c>.</summary>
    public static IEndpointRouteBuilder MapPublicOutcomesApi(this IEndpointRouteBuilder publicRoutes)
    {
        publicRoutes.MapGet("/institutions/{institutionId}/outcomes", GetPublicAsync)
            .AllowAnonymous()
            .RequireRateLimiting(PublicFiguresRateLimit.Name)
            .WithName("GetPublicInstitutionOutcomes")
            .WithTags(Tag)
            .WithSummary("An institution's outcomes for anyone, without a token")
            .WithDescription(
                "The same figures staff read, suppressed the same way. Rate limited per address (429 with Retry-After); " +
                "cacheable with the ETag (If-None-Match gives 304).")
            .Produces<OutcomesShape>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        publicRoutes.MapGet("/outcomes", GetStatewideAsync)
            .AllowAnonymous()
            .RequireRateLimiting(PublicFiguresRateLimit.Name)
            .WithName("GetStatewideOutcomes")
            .WithTags(Tag)
            .WithSummary("Statewide figures of one cohort, summed over institutions before suppression")
            .WithDescription(
                "cohort is graduates:<school year> (e.g. graduates:2024-2025) or entrants:<term> (e.g. entrants:2025-FA). The " +
                "answer has the shape of an institution's, with institutionId null and the one cohort (none while it has no " +
                "member). Rate limited per address; cacheable with the ETag. While the cohort's members are gathered from every " +
                "institution (after a restart), 503 with Retry-After.")
            .Produces<OutcomesShape>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return publicRoutes;
    }

    private static async Task<IResult> GetForStaffAsync(
        string institutionId, HttpContext context, IAccessRegistry registry, IClusterClient cluster, CancellationToken cancellationToken)
    {
        if (await InstitutionAccess.RefuseAsync(institutionId, context, registry, cancellationToken) is { } refused)
        {
            return refused;
        }

        return await cluster.Keyed<IInstitutionGrain>(institutionId).GetOutcomesAsync() is { } document
            ? new OutcomesResult(document, shared: false)
            : InstitutionAccess.NotFound();
    }

    private static async Task<IResult> GetPublicAsync(string institutionId, IClusterClient cluster)
    {
        if (InstitutionAccess.MalformedId(institutionId) is { } malformed)
        {
            return malformed;
        }

        return await cluster.Keyed<IInstitutionGrain>(institutionId).GetOutcomesAsync() is { } document
            ? new OutcomesResult(document, shared: true)
            : InstitutionAccess.NotFound();
    }

    private static async Task<IResult> GetStatewideAsync(string? cohort, HttpContext context, IClusterClient cluster, TimeProvider clock)
    {
        if (!PlausibleCohort.Is(cohort, clock))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    ["cohort"] = [PlausibleCohort.Rule],
                },
                title: "Unknown cohort");
        }

        if (await cluster.Keyed<IStatewideCohortGrain>(cohort!).GetOutcomesAsync() is not { } document)
        {
            RetryAfter.Set(context.Response, GatheringRetry);
            return TypedResults.Problem(
                "The statewide figures of this cohort are being gathered from every institution (the service restarted, or the " +
                "cohort was not asked for in a while). Send the request again after the Retry-After seconds.",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Figures being gathered");
        }

        return new OutcomesResult(document, shared: true);
    }
}
