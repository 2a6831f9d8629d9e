using System.Text.RegularExpressions;
using CradleToCareer.Application.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CradleToCareer.Host.Api;

/// <summary>What every <c>/v1/students/{personId}</c> route shares: the id's shape and the one "not found" answer.</summary>
public static partial class StudentRoutes
{
    /// <summary>True for ids the service could have issued (<c>p_</c> and 32 hex digits); anything else is simply not found.</summary>
    public static bool IsPersonId(string personId) => PersonIdPattern().IsMatch(personId);

    /// <summary>
    /// The person an id stands for now: itself, or the survivor of a merge it was merged into (rules.md,
    /// Identity); null when the id is not one the service issued.
    /// </summary>
    public static async Task<string?> CurrentIdAsync(string personId, IIdentityStore identity, CancellationToken cancellationToken) =>
        IsPersonId(personId) ? await identity.CanonicalAsync(personId, cancellationToken) : null;

    public static ProblemHttpResult NotFound() => TypedResults.Problem(
        "No student record has this person id.", statusCode: StatusCodes.Status404NotFound, title: "Student not found");

    [GeneratedRegex("^p_[0-9a-f]{32}$")]
    private static partial Regex PersonIdPattern();
}
