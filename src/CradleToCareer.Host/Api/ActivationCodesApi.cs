using CradleToCareer.Application.Accounts;
using CradleToCareer.Domain.Access;
using CradleToCareer.Host.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CradleToCareer.Host.Api;

/// <summary>
/// <c>POST /v1/students/{personId}/activation-codes</c> (people.md): a one-time code with which the student, or a
/// minor's parent or guardian, activates a web account bound to this person. The student portal may issue one for
/// anyone; a school's or college's staff only for students with records at one of its institutions.
/// </summary>
public static class ActivationCodesApi
{
    public const string IssuerPolicy = "activation-code-issuer";

    /// <summary>The student portal, and the roles a school's or college's own systems hold.</summary>
    public static readonly string[] IssuerRoles = [Roles.StudentPortal, Roles.Source, Roles.College, Roles.Advisor];

    /// <summary>Body of the route; without one, or without <c>kind</c>, the code is the student's own.</summary>
    public sealed record ActivationCodeBody(string? Kind);

    /// <summary>The code, shown this once: it is kept only as a hash.</summary>
    public sealed record IssuedActivationCode(string Code, string Kind, DateTimeOffset ExpiresAt);

    public static IEndpointRouteBuilder MapActivationCodesApi(this IEndpointRouteBuilder student)
    {
        student.MapPost("/activation-codes", IssueAsync)
            .RequireAuthorization(IssuerPolicy)
            .WithTags("Students")
            .WithName("IssueActivationCode")
            .WithSummary("A one-time code for the student, or a minor's guardian, to activate a web account")
            .WithDescription("Valid 14 days, single use, bound to this person. kind is student (the default) or guardian; a guardian code is refused once the student is 18 or has enrolled in postsecondary education. Staff may issue codes only for students with records at their organization's institutions; for anyone else the answer is 404, as for an unknown person. The code is shown once and kept only as a hash.")
            .Accepts<ActivationCodeBody>("application/json")
            .Produces<IssuedActivationCode>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return student;
    }

    private static async Task<Results<Created<IssuedActivationCode>, ValidationProblem, ProblemHttpResult>> IssueAsync(
        string personId, ActivationCodeBody? body, HttpContext context, IssueActivationCode issue, CancellationToken cancellationToken)
    {
        var kind = body?.Kind;
        return await issue.RunAsync(context.User.ToCaller(), personId, kind, cancellationToken) switch
        {
            IssueCodeOutcome.Issued issued => TypedResults.Created(
                (string?)null, new IssuedActivationCode(issued.Code, kind ?? Domain.Accounts.AccountKinds.Student, issued.ExpiresAt)),
            IssueCodeOutcome.Invalid invalid => TypedResults.ValidationProblem(
                ValidationErrors.ByPath(invalid.Errors), title: "The activation code cannot be issued"),
            _ => StudentRoutes.NotFound(),
        };
    }
}
