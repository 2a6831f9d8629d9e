using Microsoft.AspNetCore.Http.HttpResults;
namespace CradleToCareer.Host.Access;

/// <summary>
/// <c>GET /v1/me</c> (any authenticated client): who the service takes the caller to be. Integrators use
/// it to check a token; the load tool uses it as the trivial endpoint next to the views.
/// </summary>
public static class MeApi
{
    /// <summary>The caller as its token presents it.</summary>
    public sealed record Caller(string ClientId, string OrgId, IReadOnlyList<string> Roles);

    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/me", Get)
            .RequireAuthorization()
            .WithTags("Access")
            .WithName("GetCaller")
            .WithSummary("The calling client, its organization and its roles, as its token presents them")
            .Produces<Caller>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return routes;
    }

    private static Ok<Caller> Get(HttpContext context)
    {
        var caller = context.User.ToCaller();
        return TypedResults.Ok(new Caller(caller.ClientId, caller.OrganizationId, [.. caller.Roles.Order(StringComparer.Ordinal)]));
    }
}
