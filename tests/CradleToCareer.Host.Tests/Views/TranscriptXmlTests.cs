using System.Net;
using System.Xml.Linq;
using CradleToCareer.Domain.Transcripts.Pesc.Validation;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Views;

/// <summary>PESC XML transcripts over HTTP, each validated against PESC's published schemas.</summary>
public sealed class TranscriptXmlTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    private const string CollegeTranscript = "urn:org:pesc:message:CollegeTranscript:v1.6.0";
    private const string HighSchoolTranscript = "urn:org:pesc:message:HighSchoolTranscript:v1.5.0";

    [Theory]
    [InlineData("all", CollegeTranscript, "CollegeTranscript")]
    [InlineData("postsecondary", CollegeTranscript, "CollegeTranscript")]
    [InlineData("k12", HighSchoolTranscript, "HighSchoolTranscript")]
    public async Task Each_level_is_the_PESC_document_of_its_kind_and_validates(string level, string ns, string root)
    {
        var history = await TranscriptHistory.IngestAsync(service.Service, "transcript");

        var issued = await history.IssueAsync(level, accept: "application/xml");
        var again = await TranscriptHistory.SendAsync(history.College, HttpMethod.Get, issued.Headers.Location!.OriginalString, "application/xml");
        var document = XDocument.Parse(await issued.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal("application/xml", issued.Content.Headers.ContentType!.MediaType);
        Assert.Equal(XName.Get(root, ns), document.Root!.Name);
        Assert.Empty(PescSchemaSet.Validate(document));
        Assert.Empty(PescSchemaSet.Validate(XDocument.Parse(await again.Content.ReadAsStringAsync())));
        Assert.Contains(history.Ssid, document.ToString());
    }
}
