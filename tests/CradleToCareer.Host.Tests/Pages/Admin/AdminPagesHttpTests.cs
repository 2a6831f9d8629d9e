using System.Net;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Pages.Admin;

/// <summary>The admin pages' forms given bad input over HTTP: each problem named where it is, nothing registered.</summary>
public sealed class AdminPagesHttpTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Fact]
    public async Task A_bad_registration_names_each_field_and_registers_nothing()
    {
        using var session = await AdminAsync();

        var response = await session.PostFormAsync("/admin/organizations", new Dictionary<string, string>
        {
            ["id"] = "Bad Id!", ["name"] = "", ["institutions"] = "cds:19647331931765\nnot-an-id", ["eventTypes"] = "c2c.nothing",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"id-problems\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"name-problems\"", page, StringComparison.Ordinal);
        Assert.Contains("Line 2 must be cds: and 14 digits, or ipeds: and 6 digits.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"allowedEventTypes-problems\"", page, StringComparison.Ordinal);
        Assert.Contains("Bad Id!", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_institution_another_organization_holds_is_refused_and_named()
    {
        using var session = await AdminAsync();
        var orgId = "held-" + Guid.NewGuid().ToString("N")[..8];

        var response = await session.PostFormAsync("/admin/organizations", new Dictionary<string, string>
        {
            ["id"] = orgId, ["name"] = "Held", ["institutions"] = TestEvents.HighSchool,
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains($"{TestEvents.HighSchool} belongs to organization {TestTenant.OrganizationId}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/admin/organization?id={orgId}")).StatusCode);
    }

    [Fact]
    public async Task A_client_of_another_organization_cannot_be_disabled_from_this_one()
    {
        using var session = await AdminAsync();
        var (victimOrg, _) = await service.Anonymous.NewClientTokenAsync(["subscriber"]);
        var (otherOrg, _) = await service.Anonymous.NewClientTokenAsync(["subscriber"]);
        var victimPage = await (await session.GetAsync($"/admin/organization?id={victimOrg}")).Content.ReadAsStringAsync();
        var clientId = System.Text.RegularExpressions.Regex.Match(victimPage, "name=\"clientId\" value=\"([^\"]+)\"").Groups[1].Value;

        var response = await session.PostFormAsync(
            "/admin/organization?handler=DisableClient", new Dictionary<string, string> { ["id"] = otherOrg, ["clientId"] = clientId },
            formPage: $"/admin/organization?id={otherOrg}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("The organization has no client with this id.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("disabled 20", await (await session.GetAsync($"/admin/organization?id={victimOrg}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_student_portal_role_for_an_ordinary_organization_is_refused_with_the_reason()
    {
        using var session = await AdminAsync();
        var (orgId, _) = await service.Anonymous.NewClientTokenAsync(["subscriber"]);

        var response = await session.PostFormAsync(
            "/admin/organization?handler=Client", new Dictionary<string, string> { ["id"] = orgId, ["clientRoles"] = "student-portal" },
            formPage: $"/admin/organization?id={orgId}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not registered as the student portal", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<PageSession> AdminAsync()
    {
        var admin = await service.Anonymous.NewStaffAsync(["admin"]);
        var session = new PageSession(service.Anonymous.BaseAddress!);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(admin.Username, WebPeople.Password)).StatusCode);
        return session;
    }
}
