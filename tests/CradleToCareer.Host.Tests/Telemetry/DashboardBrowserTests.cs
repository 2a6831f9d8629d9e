using CradleToCareer.Host.Hosting.Telemetry;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Host.Tests.Pages;
using OpenQA.Selenium.Chrome;

namespace CradleToCareer.Host.Tests.Telemetry;

/// <summary>
/// The Orleans Dashboard in a real headless Chromium, for a signed-in admin: it shows the cluster, loads everything it
/// needs within its content security policy, and names no student the service holds.
/// </summary>
public sealed class DashboardBrowserTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Fact]
    public async Task An_admin_sees_the_cluster_with_nothing_blocked_and_no_student_named()
    {
        var admin = await service.Anonymous.NewStaffAsync(["admin"]);
        var personId = await service.Http.NewStudentAsync();
        using var browser = new Browser(1280, 900);
        ((ChromeDriver)browser.Driver).ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new Dictionary<string, object?>
        {
            ["source"] = "window.blocked = []; document.addEventListener('securitypolicyviolation', e => window.blocked.push(e.violatedDirective + ' ' + e.blockedURI));",
        });
        browser.SignIn(service.Anonymous.BaseAddress!, admin.Username, WebPeople.Password);

        browser.Open(new Uri(service.Anonymous.BaseAddress!, OrleansDashboard.Path + "/"));

        // The grain methods' figures arrive once the profiler, started by opening the dashboard, has sampled a call or two.
        browser.WaitUntil(() => BodyText(browser).Contains("req/sec", StringComparison.Ordinal), "the dashboard's busiest grain methods", seconds: 30);
        Assert.Contains("ACTIVE SILOS", BodyText(browser), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(browser.Script<IReadOnlyCollection<object>>("return window.blocked;"));
        Assert.DoesNotContain(personId, browser.Script<string>("return document.documentElement.outerHTML;"), StringComparison.Ordinal);
        browser.Screenshot("admin-orleans-desktop");
    }

    private static string BodyText(Browser browser) => browser.Script<string>("return document.body.innerText;");
}
