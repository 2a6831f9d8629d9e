using CradleToCareer.Domain.Access;
using System.Text;
using CradleToCareer.Application.Students;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CradleToCareer.Host.Api;

/// <summary>
/// <c>GET /v1/students/{personId}</c>: the full longitudinal profile, for the student portal (role
/// <c>student-portal</c>). The portal needs no consent, but each read is recorded in the student's disclosure record,
/// with the student session the portal names in <see cref="StudentSessionHeader.Name"/>.
/// </summary>
public static class StudentsApi
{
    public static IEndpointRouteBuilder MapStudentsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("", GetProfileAsync)
            .RequireAuthorization(Roles.StudentPortal)
            .WithName("GetStudentProfile")
            .WithTags("Students")
            .WithSummary("The full longitudinal profile of one person")
            .WithDescription("Reflects every event accepted before the request. An id merged into another person answers with the survivor's profile (its personId says which). 404 when no event has landed on the person id. Each read is recorded in the student's disclosure record (scope profile), with the student session named in the optional C2C-Student-Session header; a malformed header is 400.")
            .Produces<CradleToCareer.Domain.Profile.StudentProfile>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetProfileAsync(
        string personId, HttpContext context, ReadProfile profiles, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (context.PortalCaller() is not { } portal)
        {
            return StudentSessionHeader.Invalid();
        }

        return await profiles.RunAsync(portal, personId, cancellationToken) is { } profile
            ? TypedResults.Bytes(WithAsOf(profile, clock.GetUtcNow()), "application/json")
            : StudentRoutes.NotFound();
    }

    /// <summary>Puts <c>"asOf"</c>, the instant of this answer, first in the serialized profile object.</summary>
    private static byte[] WithAsOf(byte[] profileObject, DateTimeOffset now)
    {
        var asOf = Encoding.UTF8.GetBytes($"{{\"asOf\":\"{now.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}\",");
        return [.. asOf, .. profileObject.AsSpan(1)];
    }
}
