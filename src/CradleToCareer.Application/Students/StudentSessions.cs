using System.Text.RegularExpressions;

namespace CradleToCareer.Application.Students;

/// <summary>
/// The id of a student portal's session, as the portal names it: 1-128 letters, digits and <c>. _ ~ : -</c>. It is an
/// id the portal can look its session up by, never the session's secret, because it is kept and shown.
/// </summary>
public static partial class StudentSessions
{
    public const int MaxLength = 128;

    public static bool IsWellFormed(string session) => SessionPattern().IsMatch(session);

    [GeneratedRegex("^[A-Za-z0-9._~:-]{1,128}$")]
    private static partial Regex SessionPattern();
}
