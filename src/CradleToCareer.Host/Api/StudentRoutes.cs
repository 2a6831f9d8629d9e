using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CradleToCareer.Host.Api;

/// <summary>What every <c>/v1/students/{personId}</c> route shares: the id's shape and the one "not found" answer.</summary>
public static partial class StudentRoutes
{
    /// <summary>True for ids the service could have issued (<c>p_</c> and 32 hex digits); anything else is simply not found.</summary>
    public static bool IsPersonId(string personId) => PersonIdPattern().IsMatch(personId);

    public static ProblemHttpResult NotFound() => TypedResults.Problem(
        "No student record has this person id.", statusCode: StatusCodes.Status404NotFound, title: "Student not found");

    [GeneratedRegex("^p_[0-9a-f]{32}$")]
    private static partial Regex PersonIdPattern();
}
