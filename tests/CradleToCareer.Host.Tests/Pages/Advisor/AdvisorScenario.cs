using System.Net;
using System.Text.RegularExpressions;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Pages.Advisor;

/// <summary>
/// An advisor in an organization of their own, and a student enrolled at the test high school who consented to that
/// organization (through the test tenant, the student portal, as the API grants consents).
/// </summary>
internal sealed partial class AdvisorScenario
{
    private AdvisorScenario(HttpClient tenant, WebPeople.StaffMember advisor, string ssid, string personId)
    {
        Tenant = tenant;
        Advisor = advisor;
        Ssid = ssid;
        PersonId = personId;
    }

    public HttpClient Tenant { get; }

    public WebPeople.StaffMember Advisor { get; }

    public string Ssid { get; }

    public string PersonId { get; }

    public string? ConsentId { get; private set; }

    /// <summary>A new advisor and a new student; the student grants the advisor's organization the scopes, if any.</summary>
    public static async Task<AdvisorScenario> StartAsync(EmbeddedServiceFixture service, params string[] scopes)
    {
        var advisor = await service.Anonymous.NewStaffAsync(["advisor"]);
        var scenario = await service.Http.NewStudentFor(advisor);
        if (scopes.Length > 0)
        {
            await scenario.GrantAsync(scopes);
        }

        return scenario;
    }

    /// <summary>Grants the advisor's organization the scopes for six months.</summary>
    public async Task GrantAsync(params string[] scopes) =>
        ConsentId = await Tenant.GrantConsentAsync(PersonId, Advisor.OrganizationId, "Advising", scopes);

    /// <summary>Revokes the consent granted last, as the student portal would.</summary>
    public async Task RevokeAsync()
    {
        var revoked = await Tenant.DeleteAsync($"/v1/students/{PersonId}/consents/{ConsentId}");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
    }

    /// <summary>Ingests a FAFSA submission: the milestone <c>finaid.application-submitted</c>, and its alert.</summary>
    public async Task SubmitFafsaAsync()
    {
        var fafsa = TestEvents.Fafsa("advisor-fafsa-" + Ssid, Ssid, "521-44-" + Ssid[..4]);
        Assert.Equal("accepted", (await Tenant.PostSingleAsync(fafsa)).Status());
    }

    /// <summary>Signs the advisor in over plain HTTP.</summary>
    public async Task<PageSession> SignInAsync(Uri service)
    {
        var session = new PageSession(service);
        var signedIn = await session.SignInAsync(Advisor.Username, WebPeople.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return session;
    }

    /// <summary>The student tokens the caseload page links to, by the person id each row shows.</summary>
    public static Dictionary<string, string> Links(string caseload) =>
        CaseloadLink().Matches(caseload).ToDictionary(m => m.Groups[2].Value, m => WebUtility.HtmlDecode(m.Groups[1].Value));

    [GeneratedRegex("<a href=\"/Advisor/Student\\?s=([^\"]+)\">([^<]+)</a>")]
    private static partial Regex CaseloadLink();

    /// <summary>A new student enrolled by the test tenant, in the scenario of this advisor.</summary>
    internal static async Task<AdvisorScenario> NewStudentForAsync(HttpClient tenant, WebPeople.StaffMember advisor)
    {
        var ssid = TestEvents.NewSsid();
        var personId = (await tenant.PostSingleAsync(TestEvents.Enrollment("advisor-enroll-" + ssid, ssid))).PersonId();
        return new AdvisorScenario(tenant, advisor, ssid, personId);
    }
}

internal static class AdvisorScenarios
{
    /// <summary>Another student of the same advisor.</summary>
    public static Task<AdvisorScenario> NewStudentFor(this HttpClient tenant, WebPeople.StaffMember advisor) =>
        AdvisorScenario.NewStudentForAsync(tenant, advisor);
}
