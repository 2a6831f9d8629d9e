using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using CradleToCareer.Host.Hosting;
using CradleToCareer.Host.Hosting.Telemetry;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Host.Tests.Pages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CradleToCareer.Host.Tests.Telemetry;

/// <summary>
/// Every route of the Orleans Dashboard, as the running service maps them: no one signed in is sent to sign in, staff
/// of another role and a student are refused as on the admin pages, an API token opens none of them, and a signed-in
/// admin gets the dashboard but never a grain's stored state.
/// </summary>
public sealed partial class DashboardAccessTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Fact]
    public async Task No_one_but_a_signed_in_admin_opens_any_route_of_the_dashboard()
    {
        var routes = DashboardRoutes();
        Assert.True(routes.Count > 10, $"the dashboard maps {routes.Count} routes");
        using var nobody = new PageSession(service.Anonymous.BaseAddress!);
        using var steward = await StaffSessionAsync("steward");
        using var advisor = await StaffSessionAsync("advisor");
        var adminToken = await service.Anonymous.AdminTokenAsync();

        foreach (var path in routes)
        {
            var anonymous = await nobody.GetAsync(path);
            Assert.True(anonymous.StatusCode == HttpStatusCode.Redirect, $"no one opens {path}: {(int)anonymous.StatusCode}");
            Assert.Equal("/", anonymous.Headers.Location!.AbsolutePath());
            foreach (var session in new[] { steward, advisor })
            {
                var refused = await session.GetAsync(path);
                Assert.True(refused.StatusCode == HttpStatusCode.Redirect, $"other staff open {path}: {(int)refused.StatusCode}");
                Assert.Equal("/denied", refused.Headers.Location!.AbsolutePath());
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
            var byToken = await nobody.Http.SendAsync(request);
            Assert.True(byToken.StatusCode == HttpStatusCode.Redirect, $"an admin token opens {path}: {(int)byToken.StatusCode}");
            Assert.Equal("/", byToken.Headers.Location!.AbsolutePath());
        }
    }

    [Fact]
    public async Task A_signed_in_admin_gets_the_dashboard_and_its_figures_but_no_grain_state_and_no_log_stream()
    {
        using var admin = await StaffSessionAsync("admin");

        var page = await admin.GetAsync(OrleansDashboard.Path + "/");
        var counters = await CountersWithSilosAsync(admin);
        var state = await admin.GetAsync(OrleansDashboard.Path + "/GrainState?grainId=p_1&grainType=CradleToCareer.Grains.StudentGrain");
        var logs = await admin.GetAsync(OrleansDashboard.Path + "/Trace");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>Orleans Dashboard</title>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SecurityHeadersMiddleware.DashboardPolicy, page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("\"siloStatus\"", counters, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, state.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, logs.StatusCode);
        foreach (var path in new[] { "/index.min.js", "/index.css", "/version", "/GrainTypes", "/TopGrainMethods", "/ClusterStats", "/Reminders" })
        {
            var answer = await admin.GetAsync(OrleansDashboard.Path + path);
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"an admin opens {path}: {(int)answer.StatusCode}");
        }
    }

    /// <summary>
    /// The dashboard's counters once they list the silos: the dashboard gathers them on a timer of its own, so right
    /// after a host starts they can still be empty.
    /// </summary>
    private static async Task<string> CountersWithSilosAsync(PageSession admin)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var counters = await admin.GetAsync(OrleansDashboard.Path + "/DashboardCounters");
            Assert.Equal(HttpStatusCode.OK, counters.StatusCode);
            var body = await counters.Content.ReadAsStringAsync();
            if (body.Contains("\"siloStatus\"", StringComparison.Ordinal) || DateTime.UtcNow > until)
            {
                return body;
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Each route of the dashboard as a path to request: a parameter becomes a sample value of its kind.</summary>
    private List<string> DashboardRoutes() =>
    [
        .. service.Service.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(endpoint => endpoint.RoutePattern.RawText!)
            .Where(pattern => pattern.StartsWith(OrleansDashboard.Path, StringComparison.OrdinalIgnoreCase))
            .Select(pattern => Parameter().Replace(NumberParameter().Replace(pattern, "1"), "sample")),
    ];

    private async Task<PageSession> StaffSessionAsync(string role)
    {
        var staff = await service.Anonymous.NewStaffAsync([role]);
        var session = new PageSession(service.Anonymous.BaseAddress!);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(staff.Username, WebPeople.Password)).StatusCode);
        return session;
    }

    [GeneratedRegex(@"\{[^}]*:int\}")]
    private static partial Regex NumberParameter();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();
}
