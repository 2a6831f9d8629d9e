using System.Text.RegularExpressions;
using CradleToCareer.Application.Access;
using CradleToCareer.Host.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CradleToCareer.Host.Api;

/// <summary>
/// Who may read an institution's own figures: staff of the organization that speaks for it. The id is checked first,
/// so a malformed one is a 400 whoever asks.
/// </summary>
public static partial class InstitutionAccess
{
    /// <summary>A 400 when the id is malformed, else null.</summary>
    public static ProblemHttpResult? MalformedId(string institutionId) =>
        InstitutionIdPattern().IsMatch(institutionId)
            ? null
            : TypedResults.Problem(
                "An institution id is cds: followed by 14 digits, or ipeds: followed by 6 digits.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Malformed institution id");

    /// <summary>The problem that refuses the caller (400 or 403), or null when the caller is staff of the institution.</summary>
    public static async Task<ProblemHttpResult?> RefuseAsync(
        string institutionId, HttpContext context, IAccessRegistry registry, CancellationToken cancellationToken)
    {
        if (MalformedId(institutionId) is { } malformed)
        {
            return malformed;
        }

        var caller = await CallerOrganization.OfAsync(context.User, registry, cancellationToken);
        return caller?.Institutions.Contains(institutionId, StringComparer.Ordinal) == true
            ? null
            : TypedResults.Problem(
                "Your organization does not speak for this institution.", statusCode: StatusCodes.Status403Forbidden, title: "Not your institution");
    }

    public static ProblemHttpResult NotFound() =>
        TypedResults.Problem("No accepted event names this institution.", statusCode: StatusCodes.Status404NotFound, title: "Institution not found");

    [GeneratedRegex(@"^(cds:\d{14}|ipeds:\d{6})$")]
    private static partial Regex InstitutionIdPattern();
}
