using Microsoft.AspNetCore.Http.HttpResults;

namespace CradleToCareer.Host.Api;

/// <summary>
/// What every <c>/v1/students/{personId}</c> route shares: the one "not found" answer, for an id the service did not
/// issue as for one no record has.
/// </summary>
public static class StudentRoutes
{
    public static ProblemHttpResult NotFound() => TypedResults.Problem(
        "No student record has this person id.", statusCode: StatusCodes.Status404NotFound, title: "Student not found");
}
