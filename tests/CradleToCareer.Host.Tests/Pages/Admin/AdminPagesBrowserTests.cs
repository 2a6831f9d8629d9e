using System.Net;
using CradleToCareer.Host.Tests.Infrastructure;
using OpenQA.Selenium;

namespace CradleToCareer.Host.Tests.Pages.Admin;

/// <summary>
/// The admin's pages in a real headless Chromium: register an organization, give it a client whose secret is shown
/// once, rotate and disable it, and create a staff account that can then sign in.
/// </summary>
public sealed class AdminPagesBrowserTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task An_admin_registers_an_organization_with_a_client_and_a_staff_account_at_this_width(int width, int height, string name)
    {
        var admin = await service.Anonymous.NewStaffAsync(["admin"]);
        var orgId = "pages-" + Guid.NewGuid().ToString("N")[..8];
        var school = TestEvents.NewSchool();
        using var browser = new Browser(width, height);
        browser.SignIn(service.Anonymous.BaseAddress!, admin.Username, WebPeople.Password);
        Assert.Equal("/admin/organizations", new Uri(browser.Driver.Url).AbsolutePath);

        browser.Driver.FindElement(By.Id("id")).SendKeys(orgId);
        browser.Driver.FindElement(By.Id("name")).SendKeys("Harbor Unified");
        browser.Driver.FindElement(By.Id("institutions")).SendKeys(school);
        browser.Driver.FindElement(By.Id("eventTypes")).SendKeys("c2c.k12.*");
        browser.Driver.FindElement(By.CssSelector("section[aria-labelledby=register] button[type=submit]")).Click();
        browser.WaitUntil(() => browser.Driver.Url.Contains("/admin/organization?id=", StringComparison.Ordinal), "the new organization's page");
        Assert.Equal("Harbor Unified", browser.Driver.FindElement(By.TagName("h1")).Text);

        browser.Driver.FindElement(By.Id("client-role-source")).Click();
        browser.Driver.FindElement(By.CssSelector("section[aria-labelledby=new-client] button[type=submit]")).Click();
        var secret = browser.WaitFor(By.Id("issued-secret")).GetAttribute("value")!;
        var clientId = browser.Driver.FindElement(By.CssSelector("#clients-caption ~ tbody th code")).Text;
        Assert.Equal(HttpStatusCode.OK, (await service.Anonymous.RequestTokenAsync(clientId, secret)).StatusCode);

        browser.Driver.FindElement(By.Id("username")).SendKeys("harbor-" + name + "-" + orgId);
        browser.Driver.FindElement(By.Id("password")).SendKeys(WebPeople.Password);
        browser.Driver.FindElement(By.Id("account-role-advisor")).Click();
        browser.Driver.FindElement(By.CssSelector("section[aria-labelledby=new-account] button[type=submit]")).Click();
        browser.WaitUntil(() => Notice(browser).StartsWith("The account", StringComparison.Ordinal), "the account's notice");
        browser.Open(new Uri(service.Anonymous.BaseAddress!, $"/admin/organization?id={orgId}"));
        Assert.Contains(browser.Driver.FindElements(By.CssSelector("#accounts-caption ~ tbody th")), cell => cell.Text == "harbor-" + name + "-" + orgId);
        Assert.Empty(browser.Driver.FindElements(By.Id("issued-secret")));
        Assert.True(
            browser.Script<bool>("return document.documentElement.scrollWidth <= window.innerWidth;"),
            "the page itself must not scroll sideways; only the tables' own regions may");
        browser.Screenshot($"admin-organization-{name}");

        browser.Open(new Uri(service.Anonymous.BaseAddress!, "/admin/organizations"));
        Assert.NotEmpty(browser.Driver.FindElements(By.XPath($"//th[code[text()='{orgId}']]")));
        browser.Screenshot($"admin-organizations-{name}");

        using var staff = new PageSession(service.Anonymous.BaseAddress!);
        Assert.Equal("/advisor/caseload", (await staff.SignInAsync("harbor-" + name + "-" + orgId, WebPeople.Password)).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Rotating_shows_a_new_secret_once_and_disabling_stops_the_client()
    {
        var admin = await service.Anonymous.NewStaffAsync(["admin"]);
        var (orgId, _) = await service.Anonymous.NewClientTokenAsync(["subscriber"]);
        using var browser = new Browser(1280, 900);
        browser.SignIn(service.Anonymous.BaseAddress!, admin.Username, WebPeople.Password);
        browser.Open(new Uri(service.Anonymous.BaseAddress!, $"/admin/organization?id={orgId}"));
        var clientId = browser.Driver.FindElement(By.CssSelector("#clients-caption ~ tbody th code")).Text;

        browser.Driver.FindElement(By.XPath("//button[starts-with(normalize-space(), 'Rotate secret')]")).Click();
        var secret = browser.WaitFor(By.Id("issued-secret")).GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.OK, (await service.Anonymous.RequestTokenAsync(clientId, secret)).StatusCode);
        browser.Driver.FindElement(By.XPath("//button[starts-with(normalize-space(), 'Disable')]")).Click();

        browser.WaitUntil(() => Notice(browser).Contains("disabled for good", StringComparison.Ordinal), "the disabling's notice");
        Assert.NotEqual(HttpStatusCode.OK, (await service.Anonymous.RequestTokenAsync(clientId, secret)).StatusCode);
    }

    private static string Notice(Browser browser) =>
        browser.Driver.FindElements(By.CssSelector("p.notice[role=status]")) is [var notice, ..] ? notice.Text : "";
}
