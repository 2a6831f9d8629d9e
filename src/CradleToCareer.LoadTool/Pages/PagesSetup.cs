using System.Net;
using CradleToCareer.LoadTool.Alerts;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Generation;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Views;

namespace CradleToCareer.LoadTool.Pages;

/// <summary>A page student: where their events landed and the token of their page in the advisor's caseload.</summary>
public sealed record PageStudent(LandedStudent Landed, string Token)
{
    public StudentProfile Profile => Landed.Student.Profile;
}

/// <summary>What the measurement needs from setup; the sessions are the caller's to dispose.</summary>
public sealed record PagesTargets(
    AccessTokenSource Source, IReadOnlyList<PageStudent> Students, IReadOnlyList<StudentProfile> Background,
    WebSession Advisor, int CaseloadPages, IReadOnlyList<WebSession> StudentSessions);

/// <summary>
/// Setup of the pages command: organization --org (roles source and student-portal) ingests --students full-record
/// students (the views command's generator) and one K-12 enrollment for each background student; the full-record
/// students consent (progress and alerts) to the advisor organization, which gets an advisor account that signs in on
/// the root page; the caseload's pages give each student's token. The first --student-accounts students activate an
/// account of their own with a code the student portal issues.
/// </summary>
public static class PagesSetup
{
    public const string Password = "lantern orchard copper tide bench";

    public static async Task<PagesTargets> RunAsync(PagesOptions o, HttpClient http, DateOnly today, DateTime time, CancellationToken ct)
    {
        var source = await AccessTokenSource.CreateAsync(http, o.Auth, ViewsSetup.SourceRoles, ct);
        await ConsumerOrganization.ConnectAsync(http, o.Auth, o.AdvisorOrgId, "Load test advisors (synthetic)", ["advisor"], ct);

        var records = FullRecordStudents.Generate(o.Students, PagesOptions.MinCourses, BackgroundLoad.Seed(o.Seed, o.Tag), o.Tag + "-r");
        var background = AlertStudents.Draw(o.BackgroundStudents, o.Seed, o.Tag + "-b").Background;
        var enrollments = background.Select(s => new FullRecordStudent(s, [StudentEvents.Enrollment(s, o.Tag + "-b", today, time)]));
        var landed = (await SetupIngest.RunAsync(http, source, [.. records, .. enrollments], ct)).Take(o.Students).ToArray();
        if (landed.Select(s => s.PersonId).Distinct(StringComparer.Ordinal).Count() < o.Students)
        {
            throw new ToolException("setup: the page students landed on fewer persons than students; use another --seed or --tag");
        }
        var grant = new ConsentGrants.Grant(
            ["progress", "alerts"], "Load test: advisor pages (synthetic students)", s => s.Student.EnrolledInPostsecondary);
        await ConsentGrants.RunAsync(http, source, landed, o.AdvisorOrgId, grant, AlertsSetup.ConsentConcurrency, ct);

        await CreateAdvisorAsync(http, o, ct);
        var connections = o.PageConcurrency + o.Streams + 4;
        var advisor = await WebSession.SignInAsync(o.Url, connections, o.Timeout, o.AdvisorUsername, Password, ct);
        var (students, pages) = await CaseloadAsync(advisor, landed, ct);
        var sessions = new List<WebSession>();
        foreach (var student in students.Take(o.StudentAccounts))
        {
            var code = await ActivationCodeAsync(http, source, student.Landed.PersonId, ct);
            var username = $"student-{o.Tag}-{student.Profile.Index}";
            sessions.Add(await WebSession.ActivateAsync(o.Url, o.PageConcurrency + 2, o.Timeout, code, username, Password, ct));
        }
        Console.Error.WriteLine(
            $"setup: {students.Count:N0} page students ({records.Sum(r => r.Events.Count):N0} events) consented to {o.AdvisorOrgId}, " +
            $"caseload of {pages} pages, {background.Count:N0} background students, {sessions.Count} student accounts");
        return new PagesTargets(source, students, background, advisor, pages, sessions);
    }

    private static async Task CreateAdvisorAsync(HttpClient http, PagesOptions o, CancellationToken ct)
    {
        var admin = await AccessTokenSource.CreateAsync(
            http, new AuthOptions(null, o.Auth.AdminClientId, o.Auth.AdminClientSecret, null, null, o.AdvisorOrgId), [], ct);
        var path = $"v1/organizations/{Uri.EscapeDataString(o.AdvisorOrgId)}/accounts";
        using var request = SetupHttp.Json(
            HttpMethod.Post, path, new { username = o.AdvisorUsername, password = Password, roles = new[] { "advisor" } }, await admin.HeaderAsync(ct));
        await SetupHttp.SendAsync(http, request, "POST /" + path, ct, HttpStatusCode.Created);
    }

    /// <summary>Every caseload page read once; each page student's token, in the order of <paramref name="landed"/>.</summary>
    private static async Task<(IReadOnlyList<PageStudent> Students, int Pages)> CaseloadAsync(
        WebSession advisor, IReadOnlyList<LandedStudent> landed, CancellationToken ct)
    {
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        var pages = 0;
        while (tokens.Count < landed.Count)
        {
            var links = CaseloadLinks.Parse(await CaseloadPageAsync(advisor, ++pages, ct));
            if (links.Count == 0)
            {
                throw new ToolException($"setup: caseload page {pages} shows no student, {tokens.Count:N0} of {landed.Count:N0} found");
            }
            foreach (var link in links)
            {
                tokens[link.PersonId] = link.Token;
            }
        }
        return ([.. landed.Select(s => new PageStudent(s, tokens.TryGetValue(s.PersonId, out var token)
            ? token
            : throw new ToolException($"setup: student {s.PersonId} is not in the caseload")))], pages);
    }

    private static async Task<string> CaseloadPageAsync(WebSession advisor, int page, CancellationToken ct)
    {
        try
        {
            return await advisor.Http.GetStringAsync($"/Advisor/Caseload?p={page}", ct);
        }
        catch (HttpRequestException e)
        {
            throw new ToolException($"setup: caseload page {page}: {e.Message}", e);
        }
    }

    private static async Task<string> ActivationCodeAsync(HttpClient http, AccessTokenSource portal, string personId, CancellationToken ct)
    {
        var path = $"v1/students/{Uri.EscapeDataString(personId)}/activation-codes";
        using var request = SetupHttp.Json(HttpMethod.Post, path, new { kind = "student" }, await portal.HeaderAsync(ct));
        return SetupHttp.Property(await SetupHttp.SendAsync(http, request, "POST /" + path, ct, HttpStatusCode.Created), "code", "POST /" + path);
    }
}
