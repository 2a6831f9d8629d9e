using CradleToCareer.Domain.Access;
using System.Text.Json;
using CradleToCareer.Application.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CradleToCareer.Host.Api;

/// <summary>
/// <c>POST /v1/students:resolve</c>: a student block to a person id (<see cref="ResolveStudent"/>); without
/// consent the same 404 as for nobody. A student portal may name its student session (<see cref="StudentSessionHeader"/>).
/// </summary>
public static class ResolveApi
{
    public const string ResolverPolicy = "resolver";

    public static readonly string[] ResolverRoles = [Roles.College, Roles.Advisor, Roles.Subscriber, Roles.StudentPortal];

    /// <summary>The answer to a resolve hit.</summary>
    public sealed record Resolved(string PersonId);

    public static IEndpointRouteBuilder MapResolveApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/students:resolve", ResolveAsync)
            .RequireAuthorization(ResolverPolicy)
            .WithTags("Students")
            .WithName("ResolveStudent")
            .WithSummary("Find the person id of a student block (events.md), where the caller holds consent")
            .WithDescription("Identifiers resolve deterministically. 404 when nobody matches, or when the caller's organization holds no active consent for the person: the two are indistinguishable. The student portal needs no consent; every hit, the portal's too, is recorded in the student's disclosure record (scope identity).")
            .Produces<Resolved>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<Results<Ok<Resolved>, ValidationProblem, ProblemHttpResult>> ResolveAsync(
        JsonElement block, HttpContext context, ResolveStudent resolver, CancellationToken cancellationToken)
    {
        if (context.PortalCaller() is not { } caller)
        {
            return StudentSessionHeader.Invalid();
        }

        return await resolver.RunAsync(caller, block, cancellationToken) switch
        {
            ResolveOutcome.Found found => TypedResults.Ok(new Resolved(found.PersonId)),
            ResolveOutcome.Invalid invalid => TypedResults.ValidationProblem(
                ValidationErrors.ByPath(invalid.Errors), title: "The student block is not valid"),
            _ => StudentRoutes.NotFound(),
        };
    }
}
