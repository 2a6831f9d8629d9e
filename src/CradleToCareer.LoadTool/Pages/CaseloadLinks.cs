using System.Net;
using System.Text.RegularExpressions;

namespace CradleToCareer.LoadTool.Pages;

/// <summary>One caseload row's link: the student's person id as shown and the sealed token that opens their page.</summary>
public sealed record CaseloadLink(string PersonId, string Token);

/// <summary>The student links of a rendered caseload page (<c>/Advisor/Caseload</c>), HTML-decoded.</summary>
public static partial class CaseloadLinks
{
    public static IReadOnlyList<CaseloadLink> Parse(string html) =>
        [.. Link().Matches(html).Select(m => new CaseloadLink(m.Groups[2].Value, WebUtility.HtmlDecode(m.Groups[1].Value)))];

    /// <summary>The address of a student's page for a token.</summary>
    public static string StudentPath(string token) => "/Advisor/Student?s=" + Uri.EscapeDataString(token);

    /// <summary>The address of the live stream of a student's page.</summary>
    public static string LivePath(string token) => "/Advisor/Student?handler=live&s=" + Uri.EscapeDataString(token);

    [GeneratedRegex("<a href=\"/Advisor/Student\\?s=([^\"]+)\">(p_[^<]+)</a>")]
    private static partial Regex Link();
}
