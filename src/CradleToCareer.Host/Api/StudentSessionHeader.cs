using CradleToCareer.Application;
using CradleToCareer.Application.Students;
using CradleToCareer.Host.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CradleToCareer.Host.Api;

/// <summary>
/// The request header in which a student portal names the student session it acts in. It is optional: the routes are
/// called as api.md writes them. What the portal names is kept with the consents it grants and the reads it makes.
/// </summary>
public static class StudentSessionHeader
{
    public const string Name = "C2C-Student-Session";

    /// <summary>
    /// The caller, with the student session its request names; null when the header is there but is not one well-formed
    /// session id (<see cref="StudentSessions"/>).
    /// </summary>
    public static Caller? PortalCaller(this HttpContext context)
    {
        var caller = context.User.ToCaller();
        var values = context.Request.Headers[Name];
        if (values.Count == 0)
        {
            return caller;
        }

        return values is [{ } session] && StudentSessions.IsWellFormed(session) ? caller with { StudentSession = session } : null;
    }

    /// <summary>The answer to a malformed header; nothing was read or changed.</summary>
    public static ProblemHttpResult Invalid() => TypedResults.Problem(
        $"The {Name} header must be one session id: 1-{StudentSessions.MaxLength} letters, digits and . _ ~ : - (an id, never a session secret).",
        statusCode: StatusCodes.Status400BadRequest,
        title: "The student session is not valid");
}
