using CradleToCareer.Host.Tests.Infrastructure;
using OpenQA.Selenium;

namespace CradleToCareer.Host.Tests.Pages;

/// <summary>
/// The sign-in and activation pages in a real headless Chromium at a phone's width and a desktop's: labelled fields,
/// a sign-in done from the keyboard alone, and a sign-out that ends the session.
/// </summary>
public sealed class SignInPageBrowserTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task A_person_signs_in_from_the_keyboard_and_out_again_at_this_width(int width, int height, string name)
    {
        var staff = await service.Anonymous.NewStaffAsync(["advisor"]);
        using var browser = new Browser(width, height);
        browser.Open(new Uri(service.Anonymous.BaseAddress!, "/activate"));
        AssertLabelledAndNarrow(browser);
        browser.Screenshot($"activate-{name}");
        browser.Open(new Uri(service.Anonymous.BaseAddress!, "/"));
        AssertLabelledAndNarrow(browser);
        browser.Screenshot($"sign-in-{name}");

        browser.Driver.FindElement(By.Id("username")).SendKeys(staff.Username);
        browser.Driver.FindElement(By.Id("password")).SendKeys(WebPeople.Password + Keys.Enter);
        browser.WaitUntil(() => new Uri(browser.Driver.Url).AbsolutePath == "/advisor/caseload", "the advisor's first page");
        Assert.Contains(staff.Username, browser.Driver.FindElement(By.CssSelector("header.site .session")).Text, StringComparison.Ordinal);
        Assert.Equal("page", browser.Driver.FindElement(By.CssSelector("nav a[href='/advisor/caseload']")).GetAttribute("aria-current"));

        browser.Driver.FindElement(By.CssSelector("header.site .session button")).Click();
        browser.WaitFor(By.Id("sign-in"));
        browser.Open(new Uri(service.Anonymous.BaseAddress!, "/advisor/caseload"));
        browser.WaitFor(By.Id("sign-in"));
        Assert.Equal("/", new Uri(browser.Driver.Url).AbsolutePath);
    }

    private static void AssertLabelledAndNarrow(Browser browser)
    {
        Assert.Single(browser.Driver.FindElements(By.TagName("h1")));
        foreach (var field in browser.Driver.FindElements(By.CssSelector("main input:not([type=hidden])")))
        {
            Assert.Single(browser.Driver.FindElements(By.CssSelector($"label[for='{field.GetAttribute("id")}']")));
        }

        Assert.True(
            browser.Script<bool>("return document.documentElement.scrollWidth <= window.innerWidth;"),
            "the page must not scroll sideways");
    }
}
