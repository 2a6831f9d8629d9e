using CradleToCareer.Domain.Access;
using CradleToCareer.Application.Views;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Views;
using CradleToCareer.Host.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CradleToCareer.Host.Api;

/// <summary>
/// <c>GET /v1/students/{personId}/progress</c> (advisor, college; consent scope <c>progress</c>): the
/// advising view, reflecting every event accepted before the request. Each answer is a disclosure and
/// is recorded first. Without a consent the answer is the same 404 as for a person id nobody has.
/// </summary>
public static class ProgressApi
{
    public const string ProgressReaderPolicy = "progress-reader";

    public static readonly string[] ProgressReaderRoles = [Roles.Advisor, Roles.College];

    public static IEndpointRouteBuilder MapProgressApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/progress", GetAsync)
            .RequireAuthorization(ProgressReaderPolicy)
            .WithTags("Students")
            .WithName("GetStudentProgress")
            .WithSummary("The advising view of one student, under the caller's organization's consent")
            .WithDescription("Needs an active consent with scope progress; finaid, workforce and social-services sections (and the milestones drawn from aid and wages) appear only when that consent also covers them. 404, the same as for an unknown id, without such a consent.")
            .Produces<ProgressView>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<Results<JsonHttpResult<ProgressView>, ProblemHttpResult>> GetAsync(
        string personId, HttpContext context, ViewProgress views, CancellationToken cancellationToken) =>
        await views.RunAsync(context.User.ToCaller(), personId, cancellationToken) is { } view
            ? TypedResults.Json(view, StudentProfileJson.Options)
            : StudentRoutes.NotFound();
}
