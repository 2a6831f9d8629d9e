using System.Net;
using CradleToCareer.Host.Tests.Exchange;
using CradleToCareer.Host.Tests.Infrastructure;
using OpenQA.Selenium;

namespace CradleToCareer.Host.Tests.Pages.Student;

/// <summary>
/// The student pages (people.md: my record, my consents, who saw my data) in a real headless Chromium at a phone's
/// width and a desktop's: a student activates an account, reads their record, grants a consent to an organization
/// picked from the directory, an advisor of that organization reads the student's progress through the API, and the
/// student sees that reading on "who saw my data".
/// </summary>
public sealed class StudentPagesBrowserTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task A_student_activates_grants_a_consent_and_sees_the_advisors_reading_at_this_width(int width, int height, string name)
    {
        var (orgId, advisorToken) = await service.Anonymous.NewClientTokenAsync(["advisor"]);
        var (personId, ssid) = await service.Http.NewStudentWithCourseAsync();
        var code = await service.Http.ActivationCodeAsync(personId);
        var root = service.Anonymous.BaseAddress!;
        using var browser = new Browser(width, height);

        browser.Open(new Uri(root, "/activate"));
        browser.Driver.FindElement(By.Id("code")).SendKeys(code);
        browser.Driver.FindElement(By.Id("username")).SendKeys("student-" + Guid.NewGuid().ToString("N")[..10]);
        browser.Driver.FindElement(By.Id("password")).SendKeys(WebPeople.Password);
        browser.Driver.FindElement(By.Id("repeat")).SendKeys(WebPeople.Password);
        browser.Driver.FindElement(By.CssSelector("main form button[type=submit]")).Click();
        browser.WaitUntil(() => new Uri(browser.Driver.Url).AbsolutePath == "/student/record", "the activation to lead to the record");

        Assert.Equal("My record", browser.Driver.FindElement(By.TagName("h1")).Text);
        Assert.Contains(StudentPages.NameOf(ssid), browser.Driver.FindElement(By.CssSelector("dl.facts")).Text, StringComparison.Ordinal);
        Assert.Contains("English 11", browser.Driver.FindElement(By.Id("k12-courses-caption")).FindElement(By.XPath("..")).Text, StringComparison.Ordinal);
        Assert.Contains("b. English", browser.Driver.FindElement(By.Id("ag-caption")).FindElement(By.XPath("..")).Text, StringComparison.Ordinal);
        AssertNoSidewaysScroll(browser);
        browser.Screenshot($"student-record-{name}");

        var (_, collegeToken) = await service.Anonymous.NewClientTokenAsync(["college"]);
        using var college = TestTenant.Authenticated(root, collegeToken);
        var requestId = (await college.AcceptedAsync(TranscriptRequestClient.JsonRequest(ssid, trackingId: "ADM-2027-0042"))).RequestId();

        browser.Open(new Uri(root, "/student/consents"));
        Assert.Contains(requestId, browser.Driver.FindElement(By.CssSelector("ul.requests")).Text, StringComparison.Ordinal);
        browser.Driver.FindElement(By.CssSelector($"#recipientOrgId option[value='{orgId}']")).Click();
        browser.Driver.FindElement(By.Id("scope-progress")).Click();
        browser.Driver.FindElement(By.Id("purpose")).SendKeys("college advising");
        browser.Driver.FindElement(By.XPath("//button[normalize-space()='Grant consent']")).Click();
        browser.WaitUntil(() => browser.Driver.Url.Contains("done=granted", StringComparison.Ordinal), "the grant to come back to the list");

        var active = browser.Driver.FindElement(By.Id("active-caption")).FindElement(By.XPath("..")).Text;
        Assert.Contains(orgId, active, StringComparison.Ordinal);
        Assert.Contains("college advising", active, StringComparison.Ordinal);
        AssertNoSidewaysScroll(browser);
        browser.Screenshot($"student-consents-{name}");

        using var advisor = TestTenant.Authenticated(root, advisorToken);
        var progress = await advisor.GetAsync($"/v1/students/{personId}/progress");
        Assert.Equal(HttpStatusCode.OK, progress.StatusCode);

        browser.Open(new Uri(root, "/student/disclosures"));
        Assert.Equal("Who saw my data", browser.Driver.FindElement(By.TagName("h1")).Text);
        Assert.StartsWith("Checked: all", browser.Driver.FindElement(By.Id("verification")).Text, StringComparison.Ordinal);
        var newest = browser.Driver.FindElement(By.CssSelector("table.disclosures tbody tr")).Text;
        Assert.Contains(orgId, newest, StringComparison.Ordinal);
        Assert.Contains("Progress", newest, StringComparison.Ordinal);
        Assert.Contains("college advising", newest, StringComparison.Ordinal);
        AssertNoSidewaysScroll(browser);
        browser.Screenshot($"student-disclosures-{name}");
    }

    private static void AssertNoSidewaysScroll(Browser browser) =>
        Assert.True(
            browser.Script<bool>("return document.documentElement.scrollWidth <= window.innerWidth;"),
            $"the page {browser.Driver.Url} must not scroll sideways; only a table's own region may");
}
