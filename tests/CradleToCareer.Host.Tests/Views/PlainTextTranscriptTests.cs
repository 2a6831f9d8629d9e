using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Views;

/// <summary>
/// Since no stored string can hold a character XML cannot carry, a transcript says the same in JSON and in PESC
/// XML: the names and titles of the JSON answer are those of the XML one, on both backends.
/// </summary>
[Collection(TwoBackendsCollection.Name)]
public sealed class PlainTextTranscriptTests(TwoBackendsFixture backends)
{
    private const string FirstName = "Zoë 😀";
    private const string LastName = "Ó'Brien-Nguyễn";
    private const string CourseTitle = "Español & <Arte> 🎨";

    [Theory]
    [InlineData(TwoBackendsFixture.Embedded)]
    [InlineData(TwoBackendsFixture.Postgres)]
    public async Task The_json_and_xml_transcripts_carry_the_same_names_and_titles(string backend)
    {
        var service = backends.On(backend);
        var ssid = TestEvents.NewSsid();
        var results = await service.Http.PostBatchAsync(
            Course($"xml-{backend}-{ssid}-good", ssid, FirstName, LastName, CourseTitle),
            Course($"xml-{backend}-{ssid}-nul", ssid, "Zo\0ë", LastName, CourseTitle + "\t"),
            Course($"xml-{backend}-{ssid}-bidi", ssid, FirstName, "\u202E" + LastName, CourseTitle));
        var (orgId, token) = await service.Anonymous.NewClientTokenAsync(["college"]);
        var history = new TranscriptHistory(ssid, results[0].PersonId(), TestTenant.Authenticated(service.Http.BaseAddress!, token), orgId);
        await history.GrantAsync(service, "transcript");

        var json = JsonNode.Parse(await (await history.IssueAsync("k12", "application/json")).Content.ReadAsStringAsync())!;
        var xmlAnswer = await history.IssueAsync("k12", "application/xml");
        var xml = XDocument.Parse(await xmlAnswer.Content.ReadAsStringAsync());

        Assert.Equal(["accepted", "rejected", "rejected"], results.Select(result => result.Status()));
        Assert.Equal(HttpStatusCode.Created, xmlAnswer.StatusCode);
        Assert.Equal(FirstName, json["student"]!["firstName"]!.GetValue<string>());
        Assert.Equal(LastName, json["student"]!["lastName"]!.GetValue<string>());
        Assert.Equal(CourseTitle, json["k12"]!["courses"]![0]!["courseTitle"]!.GetValue<string>());
        Assert.Equal(FirstName, Single(xml, "FirstName"));
        Assert.Equal(LastName, Single(xml, "LastName"));
        Assert.Equal(CourseTitle, Single(xml, "CourseTitle"));
    }

    private static string Single(XDocument document, string localName) =>
        Assert.Single(document.Descendants(), element => element.Name.LocalName == localName).Value;

    private static JsonObject Course(string id, string ssid, string firstName, string lastName, string title)
    {
        var course = TestEvents.Course(id, ssid);
        var data = course["data"]!;
        data["student"]!["firstName"] = firstName;
        data["student"]!["lastName"] = lastName;
        data["courseTitle"] = title;
        return course;
    }
}
