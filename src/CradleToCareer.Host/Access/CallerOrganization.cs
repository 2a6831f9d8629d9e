using Microsoft.AspNetCore.Http.HttpResults;
using CradleToCareer.Domain.Access;
using System.Security.Claims;
using CradleToCareer.Application.Access;

namespace CradleToCareer.Host.Access;

/// <summary>The organization of the authenticated caller, from its token's <c>org</c> claim.</summary>
public static class CallerOrganization
{
    public static Task<Organization?> OfAsync(ClaimsPrincipal caller, IAccessRegistry registry, CancellationToken cancellationToken) =>
        caller.ToCaller().OrganizationId is { Length: > 0 } organizationId
            ? registry.GetOrganizationAsync(organizationId, cancellationToken)
            : Task.FromResult<Organization?>(null);

    public static ProblemHttpResult Unknown() => TypedResults.Problem(
        "The token's organization is not registered.", statusCode: StatusCodes.Status403Forbidden, title: "Unknown organization");
}
