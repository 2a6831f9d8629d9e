using System.Net;
using System.Text;
using System.Xml.Linq;
using CradleToCareer.Host.Tests.Exchange;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Host.Tests.Views;
using OpenQA.Selenium;

namespace CradleToCareer.Host.Tests.Pages.Registrar;

/// <summary>
/// The registrar's transcript requests (people.md): a college's request, issued under the student's consent, listed
/// with what the college sent and its history in a real headless Chromium; its transcript opened as PDF and as PESC XML
/// through the API's own code, by that college only.
/// </summary>
public sealed class TranscriptRequestsPageTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task A_registrar_sees_the_issued_request_with_its_history_and_links_to_its_transcript(int width, int height, string name)
    {
        var (student, requestId) = await IssuedRequestAsync("ADM-PAGE-" + name);
        var registrar = await service.Anonymous.NewStaffAsync(["college"], student.CollegeOrgId);
        using var browser = new Browser(width, height);

        browser.SignIn(service.Anonymous.BaseAddress!, registrar.Username, WebPeople.Password);

        Assert.Equal("/registrar/requests", new Uri(browser.Driver.Url).AbsolutePath);
        Assert.Equal("Transcript requests", browser.Driver.FindElement(By.TagName("h1")).Text);
        var request = browser.Driver.FindElement(By.XPath($"//article[@aria-labelledby='request-{requestId}']"));
        Assert.Contains("Issued", request.FindElement(By.TagName("h2")).Text, StringComparison.Ordinal);
        Assert.Contains("ADM-PAGE-" + name, request.Text, StringComparison.Ordinal);
        Assert.Contains("admission", request.Text, StringComparison.Ordinal);
        Assert.Equal(
            ["Received", "Issued"],
            request.FindElements(By.CssSelector("ol.history li")).Select(item => item.Text.Split(": ")[^1]));
        var links = request.FindElements(By.CssSelector(".transcript-links a")).Select(link => link.GetAttribute("href")).ToList();
        Assert.Equal(2, links.Count);
        Assert.Contains(links, href => href!.Contains("format=pdf", StringComparison.Ordinal));
        Assert.Contains(links, href => href!.Contains("format=xml", StringComparison.Ordinal));
        Assert.DoesNotContain(student.Ssid, browser.Driver.PageSource, StringComparison.Ordinal);
        Assert.DoesNotContain(student.PersonId, browser.Driver.PageSource, StringComparison.Ordinal);
        Assert.True(
            browser.Script<bool>("return document.documentElement.scrollWidth <= window.innerWidth;"),
            "the page itself must not scroll sideways");
        AssertEveryFieldIsLabelled(browser);
        browser.Screenshot($"registrar-requests-{name}");
    }

    [Fact]
    public async Task The_requesting_registrar_downloads_the_transcript_as_pdf_and_pesc_xml_and_another_organization_cannot()
    {
        var (student, requestId) = await IssuedRequestAsync("ADM-PAGE-DL");
        var transcriptId = (await student.College.GetJsonAsync($"/v1/transcript-requests/{requestId}"))["transcriptId"]!.GetValue<string>();
        var registrar = await service.Anonymous.NewStaffAsync(["college"], student.CollegeOrgId);
        using var session = await SignedInAsync(registrar);
        var list = await (await session.GetAsync("/registrar/requests")).Content.ReadAsStringAsync();
        var pdfHref = $"/registrar/transcript?id={transcriptId}&format=pdf";
        Assert.Contains($"/registrar/transcript?id={transcriptId}&amp;format=pdf", list, StringComparison.Ordinal);

        using var pdf = await session.GetAsync(pdfHref);
        var pdfBytes = await pdf.Content.ReadAsByteArrayAsync();
        using var xml = await session.GetAsync($"/registrar/transcript?id={transcriptId}&format=xml");
        var xmlBytes = await xml.Content.ReadAsByteArrayAsync();
        using var viaApi = await TranscriptHistory.SendAsync(student.College, HttpMethod.Get, $"/v1/transcripts/{transcriptId}", "application/xml");

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdfBytes, 0, 5));
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"transcript-{transcriptId}.pdf", pdf.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.Equal(HttpStatusCode.OK, xml.StatusCode);
        Assert.Equal("application/xml", xml.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"transcript-{transcriptId}.xml", xml.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var root = XDocument.Parse(Encoding.UTF8.GetString(xmlBytes)).Root!;
        Assert.EndsWith("Transcript", root.Name.LocalName, StringComparison.Ordinal);
        Assert.Equal(await viaApi.Content.ReadAsByteArrayAsync(), xmlBytes);
        var delivered = await (await session.GetAsync("/registrar/requests?status=delivered")).Content.ReadAsStringAsync();
        Assert.Contains($"request-{requestId}", delivered, StringComparison.Ordinal);

        var stranger = await service.Anonymous.NewStaffAsync(["college"]);
        using var strangerSession = await SignedInAsync(stranger);
        using var refused = await strangerSession.GetAsync(pdfHref);
        var refusal = await refused.Content.ReadAsStringAsync();
        var strangerList = await (await strangerSession.GetAsync("/registrar/requests")).Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("text/html", refused.Content.Headers.ContentType!.MediaType);
        Assert.Contains("role=\"alert\"", refusal, StringComparison.Ordinal);
        Assert.Contains("No transcript with this id was issued to your organization.", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(requestId, strangerList, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_filters_and_ids_are_said_plainly_and_the_transcript_page_without_an_id_asks_for_one()
    {
        var registrar = await service.Anonymous.NewStaffAsync(["college"]);
        using var session = await SignedInAsync(registrar);

        using var status = await session.GetAsync("/registrar/requests?status=%3Cb%3Ebogus%3C%2Fb%3E");
        using var after = await session.GetAsync("/registrar/requests?after=nope");
        using var format = await session.GetAsync($"/registrar/transcript?id=t_{Guid.NewGuid():N}&format=docx");
        using var malformed = await session.GetAsync("/registrar/transcript?id=t_12&format=pdf");
        using var unknown = await session.GetAsync($"/registrar/transcript?id=t_{Guid.NewGuid():N}&format=xml");
        using var form = await session.GetAsync("/registrar/transcript");

        Assert.Equal(HttpStatusCode.BadRequest, status.StatusCode);
        var statusPage = await status.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", statusPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bogus", statusPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, after.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, format.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("role=\"alert\"", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("label for=\"id\"", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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

    /// <summary>A student who consented to a new college for transcript, and that college's request, issued at once.</summary>
    private async Task<(TranscriptHistory Student, string RequestId)> IssuedRequestAsync(string trackingId)
    {
        var student = await TranscriptHistory.IngestAsync(service.Service, "transcript");
        var accepted = await student.College.AcceptedAsync(TranscriptRequestClient.JsonRequest(student.Ssid, trackingId: trackingId));
        Assert.Equal("issued", accepted.Status());
        return (student, accepted.RequestId());
    }

    private async Task<PageSession> SignedInAsync(WebPeople.StaffMember staff)
    {
        var session = new PageSession(service.Anonymous.BaseAddress!);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(staff.Username, WebPeople.Password)).StatusCode);
        return session;
    }
}
