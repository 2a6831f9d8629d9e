using CradleToCareer.Host.Tests.Infrastructure;
using OpenQA.Selenium;

namespace CradleToCareer.Host.Tests.Pages.Advisor;

/// <summary>
/// The advisor's pages in a real headless Chromium at a desktop's width and a phone's: the caseload, a student's
/// progress opened from it, and a milestone that appears on the open page without a reload when its event arrives,
/// which also proves that the page's script loads and may connect under the page policy.
/// </summary>
public sealed class AdvisorPagesBrowserTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    private const string Milestone = "li[data-milestone='finaid.application-submitted']";

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task A_milestone_appears_on_the_open_student_page_without_a_reload(int width, int height, string name)
    {
        var scenario = await AdvisorScenario.StartAsync(service, "progress", "finaid", "alerts");
        await service.Http.PostSingleAsync(TestEvents.Course("advisor-f-" + scenario.Ssid, scenario.Ssid, mark: "F"));
        var unconsented = await service.Http.NewStudentFor(scenario.Advisor);
        using var browser = new Browser(width, height);
        browser.SignIn(service.Anonymous.BaseAddress!, scenario.Advisor.Username, WebPeople.Password);

        Assert.Equal("/advisor/caseload", new Uri(browser.Driver.Url).AbsolutePath.ToLowerInvariant());
        Assert.Equal("Your caseload", browser.Driver.FindElement(By.TagName("h1")).Text);
        var link = browser.Driver.FindElement(By.LinkText(scenario.PersonId));
        Assert.DoesNotContain(unconsented.PersonId, browser.Driver.PageSource);
        Assert.Contains("a-g off track", browser.Driver.FindElement(By.CssSelector("table.caseload")).Text);
        AssertNoSidewaysScroll(browser);
        browser.Screenshot($"advisor-caseload-{name}");

        link.Click();
        browser.WaitUntil(() => browser.Driver.FindElements(By.Id("live-status")).Count == 1, "the student page");
        Assert.DoesNotContain(scenario.PersonId, browser.Driver.Url);
        Assert.DoesNotContain(scenario.Ssid, browser.Driver.Url);
        browser.WaitUntil(
            () => browser.Driver.FindElement(By.Id("live-status")).GetAttribute("data-state") == "live", "the live stream to open");
        Assert.Empty(browser.Driver.FindElements(By.CssSelector(Milestone)));
        browser.Script<object>("window.__marker = 1; return null;");

        await scenario.SubmitFafsaAsync();
        browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector(Milestone)).Count == 1, "the milestone to appear");
        browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector("#alerts li")).Count == 1, "the alert to appear");

        Assert.Equal(1L, browser.Script<long>("return window.__marker;"));
        Assert.Contains("Financial aid application submitted", browser.Driver.FindElement(By.CssSelector(Milestone)).Text);
        Assert.Contains("Milestone reached: Financial aid application submitted", browser.Driver.FindElement(By.Id("alerts")).Text);
        Assert.Equal("polite", browser.Driver.FindElement(By.Id("progress")).GetAttribute("aria-live"));
        Assert.Single(browser.Driver.FindElements(By.TagName("h1")));
        AssertNoSidewaysScroll(browser);
        browser.Screenshot($"advisor-student-{name}");
    }

    [Fact]
    public async Task Revoking_consent_while_the_page_is_open_clears_it_and_stops_updates()
    {
        var scenario = await AdvisorScenario.StartAsync(service, "progress", "finaid");
        using var browser = new Browser(1280, 900);
        browser.SignIn(service.Anonymous.BaseAddress!, scenario.Advisor.Username, WebPeople.Password);
        browser.Driver.FindElement(By.LinkText(scenario.PersonId)).Click();
        browser.WaitUntil(
            () => browser.Driver.FindElements(By.Id("live-status")).SingleOrDefault()?.GetAttribute("data-state") == "live", "the live stream to open");

        await scenario.RevokeAsync();
        browser.WaitUntil(
            () => browser.Driver.FindElement(By.Id("live-status")).GetAttribute("data-state") == "ended", "the page to learn access ended");
        await scenario.SubmitFafsaAsync();
        await Task.Delay(1500);

        Assert.Equal("", browser.Driver.FindElement(By.Id("progress")).Text);
        Assert.Empty(browser.Driver.FindElements(By.CssSelector(Milestone)));
        Assert.Contains("access to this student has ended", browser.Driver.FindElement(By.Id("live-status")).Text);
    }

    private static void AssertNoSidewaysScroll(Browser browser) =>
        Assert.True(
            browser.Script<bool>("return document.documentElement.scrollWidth <= window.innerWidth;"),
            "the page itself must not scroll sideways; only a table's own region may");
}
