using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Identity;
using CradleToCareer.Host.Tests.Infrastructure;
using OpenQA.Selenium;

namespace CradleToCareer.Host.Tests.Pages.Steward;

/// <summary>
/// The steward's review queue and merge journal (people.md) in a real headless Chromium: a possible match shown side
/// by side with its evidence, merged and then undone so both persons are back, and another dismissed; bad merges over
/// HTTP change nothing.
/// </summary>
public sealed class ReviewQueuePageTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task A_steward_merges_a_pair_from_the_queue_and_undoes_it_in_the_journal(int width, int height, string name)
    {
        var people = new MatchingPeople();
        var (personA, personB) = await PossibleMatchAsync(people);
        var steward = await service.Anonymous.NewStaffAsync(["steward"]);
        using var browser = new Browser(width, height);

        browser.SignIn(service.Anonymous.BaseAddress!, steward.Username, WebPeople.Password);

        Assert.Equal("/steward/reviews", new Uri(browser.Driver.Url).AbsolutePath);
        var item = ItemOf(browser, personA);
        var reviewId = item.GetAttribute("aria-labelledby")!["review-".Length..];
        Assert.Contains("Possible match", item.FindElement(By.TagName("h2")).Text, StringComparison.Ordinal);
        var sides = item.FindElements(By.CssSelector("td.person-id")).Select(cell => cell.Text).ToList();
        Assert.Equal(new[] { personA, personB }.Order(), sides.Order());
        Assert.Contains(people.Surname[..1] + "***", item.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(people.Surname, browser.Driver.PageSource, StringComparison.Ordinal);
        var lastName = item.FindElement(By.XPath(".//table[contains(@class,'evidence')]//tr[th[normalize-space()='Last name']]"));
        Assert.Equal("agree", lastName.FindElements(By.TagName("td"))[0].Text);
        var firstName = item.FindElement(By.XPath(".//table[contains(@class,'evidence')]//tr[th[normalize-space()='First name']]"));
        Assert.Equal("disagree", firstName.FindElements(By.TagName("td"))[0].Text);
        Assert.NotEmpty(item.FindElement(By.XPath(".//tfoot//td[2]")).Text);
        Assert.True(browser.Script<bool>("return document.documentElement.scrollWidth <= window.innerWidth;"), "the queue must not scroll sideways");
        Assert.DoesNotContain(personA, browser.Driver.Url, StringComparison.Ordinal);
        AssertEveryFieldIsLabelled(browser);
        browser.Screenshot($"steward-reviews-{name}");

        Click(browser, item.FindElement(By.Id(sides[0] == personA ? $"survivor-a-{reviewId}" : $"survivor-b-{reviewId}")));
        item.FindElement(By.Id($"reason-{reviewId}")).SendKeys("same student: one record from school, one from college");
        Click(browser, item.FindElement(By.CssSelector("form.merge button[type=submit]")));
        browser.WaitUntil(() => new Uri(browser.Driver.Url).AbsolutePath.Equals("/steward/journal", StringComparison.OrdinalIgnoreCase), "the journal after the merge");

        var entry = EntryOf(browser, personB);
        Assert.Contains("In force", entry.FindElement(By.TagName("h2")).Text, StringComparison.Ordinal);
        Assert.Contains("same student: one record from school, one from college", entry.Text, StringComparison.Ordinal);
        Assert.Contains("web:" + steward.AccountId, entry.Text, StringComparison.Ordinal);
        Assert.Equal(personA, (await service.Http.GetJsonAsync($"/v1/students/{personB}"))["personId"]!.GetValue<string>());
        Assert.True(browser.Script<bool>("return document.documentElement.scrollWidth <= window.innerWidth;"), "the journal must not scroll sideways");
        AssertEveryFieldIsLabelled(browser);
        browser.Screenshot($"steward-journal-{name}");

        Click(browser, entry.FindElement(By.CssSelector("form.undo button[type=submit]")));
        browser.WaitUntil(() => browser.Driver.Url.Contains("done=undone", StringComparison.Ordinal), "the journal after the undo");

        Assert.Contains("Undone", EntryOf(browser, personB).FindElement(By.TagName("h2")).Text, StringComparison.Ordinal);
        Assert.Empty(EntryOf(browser, personB).FindElements(By.CssSelector("form.undo")));
        Assert.Equal(personA, (await service.Http.GetJsonAsync($"/v1/students/{personA}"))["personId"]!.GetValue<string>());
        Assert.Equal(personB, (await service.Http.GetJsonAsync($"/v1/students/{personB}"))["personId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Dismissing_a_pair_takes_it_out_of_the_queue()
    {
        var (personA, personB) = await PossibleMatchAsync(new MatchingPeople());
        var steward = await service.Anonymous.NewStaffAsync(["steward"]);
        using var browser = new Browser(1280, 900);
        browser.SignIn(service.Anonymous.BaseAddress!, steward.Username, WebPeople.Password);

        Click(browser, ItemOf(browser, personA).FindElement(By.CssSelector("form.dismiss button[type=submit]")));
        browser.WaitUntil(() => browser.Driver.Url.Contains("done=dismissed", StringComparison.Ordinal), "the queue after the dismissal");

        Assert.Contains("dismissed", browser.Driver.FindElement(By.CssSelector(".notice")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(personA, browser.Driver.PageSource, StringComparison.Ordinal);
        Assert.Equal(personB, (await service.Http.GetJsonAsync($"/v1/students/{personB}"))["personId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_merge_without_a_reason_or_of_an_unknown_item_is_said_plainly_and_changes_nothing()
    {
        var (personA, personB) = await PossibleMatchAsync(new MatchingPeople());
        var steward = await service.Anonymous.NewStaffAsync(["steward"]);
        using var session = new PageSession(service.Anonymous.BaseAddress!);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(steward.Username, WebPeople.Password)).StatusCode);
        var queue = await (await session.GetAsync("/steward/reviews")).Content.ReadAsStringAsync();
        var reviewId = ReviewIdOf(queue, personA);

        using var noReason = await session.PostFormAsync("/steward/reviews?handler=Merge", new Dictionary<string, string>
        {
            ["reviewId"] = reviewId, ["survivorId"] = personA, ["reason"] = "  ",
        }, "/steward/reviews");
        using var unknownItem = await session.PostFormAsync("/steward/reviews?handler=Merge", new Dictionary<string, string>
        {
            ["reviewId"] = "r_" + Guid.NewGuid().ToString("N"), ["survivorId"] = personA, ["reason"] = "<b>same</b>",
        }, "/steward/reviews");
        using var strangerSurvivor = await session.PostFormAsync("/steward/reviews?handler=Merge", new Dictionary<string, string>
        {
            ["reviewId"] = reviewId, ["survivorId"] = "p_" + Guid.NewGuid().ToString("N"), ["reason"] = "same",
        }, "/steward/reviews");
        using var unknownDismissal = await session.PostFormAsync("/steward/reviews?handler=Dismiss", new Dictionary<string, string>
        {
            ["reviewId"] = "r_" + Guid.NewGuid().ToString("N"),
        }, "/steward/reviews");
        using var unknownUndo = await session.PostFormAsync("/steward/journal?handler=Undo", new Dictionary<string, string>
        {
            ["mergeId"] = "m_" + Guid.NewGuid().ToString("N"),
        }, "/steward/journal");

        var noReasonPage = await noReason.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("role=\"alert\"", noReasonPage, StringComparison.Ordinal);
        Assert.Contains("Give a reason", noReasonPage, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", noReasonPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownItem.StatusCode);
        var unknownPage = await unknownItem.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", unknownPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>same", unknownPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, strangerSurvivor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownDismissal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownUndo.StatusCode);
        Assert.Contains("role=\"alert\"", await unknownUndo.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(reviewId, ReviewIdOf(await (await session.GetAsync("/steward/reviews")).Content.ReadAsStringAsync(), personA));
        Assert.Equal(personB, (await service.Http.GetJsonAsync($"/v1/students/{personB}"))["personId"]!.GetValue<string>());
        Assert.DoesNotContain(personB, await (await session.GetAsync("/steward/journal")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Every field of the page's main part has exactly one label naming it.</summary>
    private static void AssertEveryFieldIsLabelled(Browser browser)
    {
        foreach (var field in browser.Driver.FindElements(By.CssSelector("main input:not([type=hidden]), main select, main textarea")))
        {
            Assert.Single(browser.Driver.FindElements(By.CssSelector($"label[for='{field.GetAttribute("id")}']")));
        }

        Assert.Single(browser.Driver.FindElements(By.TagName("h1")));
    }

    /// <summary>Siblings born the same day at one address: a strong score, but the first names disagree, so a steward decides.</summary>
    private async Task<(string PersonA, string PersonB)> PossibleMatchAsync(MatchingPeople people)
    {
        var a = (await service.Http.PostSingleAsync(TestEvents.EnrollmentOf(Id(), MatchingPeople.Block(
            MatchingPeople.Ssid(TestEvents.NewSsid()), "Elena", people.Surname, people.BirthDate, "F", people.Street(1), "Ukiah", "95482")))).PersonId();
        var b = (await service.Http.PostSingleAsync(TestEvents.CollegeEnrollmentOf(Id(), MatchingPeople.Block(
            MatchingPeople.CollegeId(), "Marta", people.Surname, people.BirthDate, "F", people.Street(1), "Ukiah", "95482")))).PersonId();
        Assert.NotEqual(a, b);
        return (a, b);
    }

    private static IWebElement ItemOf(Browser browser, string personId) =>
        browser.Driver.FindElement(By.XPath($"//article[contains(@class,'review')][.//td[normalize-space()='{personId}']]"));

    private static IWebElement EntryOf(Browser browser, string personId) =>
        browser.Driver.FindElement(By.XPath($"//article[contains(@class,'merge-entry')][.//span[normalize-space()='{personId}']]"));

    /// <summary>Clicks as a person would, after scrolling the element into view (a phone's screen is short).</summary>
    private static void Click(Browser browser, IWebElement element)
    {
        ((IJavaScriptExecutor)browser.Driver).ExecuteScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.Click();
    }

    /// <summary>The review id of the item showing the person, read from the queue's HTML.</summary>
    private static string ReviewIdOf(string queue, string personId)
    {
        var at = queue.IndexOf(personId, StringComparison.Ordinal);
        Assert.True(at >= 0, "the person's item is in the queue");
        var start = queue.LastIndexOf("id=\"review-", at, StringComparison.Ordinal) + "id=\"review-".Length;
        return queue[start..queue.IndexOf('"', start)];
    }

    private static string Id() => "page-steward-" + Guid.NewGuid().ToString("N");
}
