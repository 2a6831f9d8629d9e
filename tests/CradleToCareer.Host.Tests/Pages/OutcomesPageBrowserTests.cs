using System.Net;
using CradleToCareer.Host.Hosting;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Host.Tests.Outcomes;
using OpenQA.Selenium;

namespace CradleToCareer.Host.Tests.Pages;

/// <summary>
/// The outcomes page (people.md, "anyone: outcomes") in a real headless Chromium at a phone's width and a desktop's:
/// the chart and the table show the figures the API serves, the page works from the keyboard, and its policy lets
/// its stylesheet load and nothing else.
/// </summary>
public sealed class OutcomesPageBrowserTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task A_schools_cohort_reads_as_a_chart_and_a_table_at_this_width(int width, int height, string name)
    {
        var scenario = await SchoolWithGraduatesAsync();
        using var browser = new Browser(width, height);

        browser.Open(new Uri(service.Anonymous.BaseAddress!, $"/outcomes?institution={scenario.SchoolA}"));

        Assert.Equal("Outcomes of schools and colleges", browser.Driver.FindElement(By.TagName("h1")).Text);
        Assert.Equal($"Graduates of {scenario.SchoolYear}", browser.Driver.FindElement(By.CssSelector("section.cohort h3")).Text);
        var row = browser.Driver.FindElement(By.XPath("//tr[th[normalize-space()='Enrolled in college within a year']]"));
        var cells = row.FindElements(By.TagName("td")).Select(cell => cell.Text).ToList();
        Assert.Equal("50.0% (12 of 24)", cells[0]);
        Assert.Equal(["no one", "no one", "no one", "50.0% (12 of 24)", "50.0% (12 of 24)", "no one"], cells.Skip(1));
        Assert.Contains(
            browser.Driver.FindElements(By.CssSelector(".bars li")),
            bar => bar.Text.Contains("Enrolled in college within a year", StringComparison.Ordinal) && bar.Text.Contains("50.0% (12 of 24)", StringComparison.Ordinal));
        Assert.Equal("solid", browser.Script<string>("return getComputedStyle(document.querySelector('header.site')).borderBottomStyle;"));
        Assert.True(
            browser.Script<bool>("return document.documentElement.scrollWidth <= window.innerWidth;"),
            "the page itself must not scroll sideways; only the table's own region may");
        browser.Screenshot($"outcomes-{name}");
    }

    [Fact]
    public async Task The_keyboard_reaches_the_skip_link_first_and_every_field_has_its_label()
    {
        using var browser = new Browser(1280, 900);
        browser.Open(new Uri(service.Anonymous.BaseAddress!, "/outcomes"));

        new OpenQA.Selenium.Interactions.Actions(browser.Driver).SendKeys(Keys.Tab).Perform();
        Assert.Equal("Skip to content", browser.Driver.SwitchTo().ActiveElement().Text);
        browser.Driver.SwitchTo().ActiveElement().SendKeys(Keys.Enter);
        Assert.Equal("main", browser.Driver.SwitchTo().ActiveElement().GetAttribute("id"));
        foreach (var field in browser.Driver.FindElements(By.CssSelector("input")))
        {
            var id = field.GetAttribute("id");
            Assert.Single(browser.Driver.FindElements(By.CssSelector($"label[for='{id}']")));
        }

        Assert.Single(browser.Driver.FindElements(By.TagName("main")));
        Assert.Single(browser.Driver.FindElements(By.CssSelector("nav[aria-label]")));
    }

    [Fact]
    public async Task Bad_ids_are_said_plainly_and_what_was_typed_never_runs_as_markup()
    {
        using var malformed = await service.Anonymous.GetAsync("/outcomes?institution=cds:12");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("role=\"alert\"", await malformed.Content.ReadAsStringAsync());
        Assert.Equal(SecurityHeadersMiddleware.PagePolicy, malformed.Headers.GetValues("Content-Security-Policy").Single());

        using var hostile = await service.Anonymous.GetAsync("/outcomes?cohort=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        var page = await hostile.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, hostile.StatusCode);
        Assert.DoesNotContain("<script>", page);
        Assert.Contains("&lt;script&gt;", page);

        using var unknown = await service.Anonymous.GetAsync("/outcomes?institution=ipeds:000002");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    /// <summary>A school with 24 graduates of the scenario's year, 12 of whom entered its college that fall.</summary>
    private async Task<OutcomeScenario> SchoolWithGraduatesAsync()
    {
        var scenario = await OutcomeScenario.StartAsync(service.Anonymous);
        var graduates = Enumerable.Range(0, 24).Select(_ => TestEvents.NewSsid()).ToList();
        await scenario.SendAsync([.. graduates.Select((ssid, i) => scenario.Graduated($"w{i}", ssid, scenario.SchoolA))]);
        await scenario.SendAsync([.. graduates.Take(12).Select((ssid, i) => scenario.Enrolled($"we{i}", ssid))]);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var cohort = await scenario.CohortOnceSizedAsync($"/v1/public/institutions/{scenario.SchoolA}/outcomes", scenario.Graduates, 24);
            if (cohort["metrics"]!["enrolled-1y"]!["all"]!["numerator"]?.GetValue<int>() == 12)
            {
                return scenario;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The school's figures did not settle within 10 seconds.");
    }
}
