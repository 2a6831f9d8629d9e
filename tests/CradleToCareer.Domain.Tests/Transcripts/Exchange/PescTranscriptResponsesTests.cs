using System.Xml.Linq;
using System.Xml.XPath;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Transcripts.Pesc;
using CradleToCareer.Domain.Transcripts.Pesc.Exchange;
using CradleToCareer.Domain.Transcripts.Pesc.Validation;
using CradleToCareer.Domain.Transcripts.Requests;

namespace CradleToCareer.Domain.Tests.Transcripts.Exchange;

public sealed class PescTranscriptResponsesTests
{
    private const string RequestId = "tr_0123456789abcdef0123456789abcdef";
    private const string TranscriptId = "t_fedcba9876543210fedcba9876543210";
    private const string Issuer = "urn:c2c:record-service";
    private const string IssuerName = "California Cradle-to-Career record service";
    private static readonly DateTimeOffset Now = new(2026, 7, 2, 16, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Statuses => new(TranscriptRequestStatus.Known);

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Every_status_writes_a_valid_response(string status)
    {
        var document = PescTranscriptResponses.Write(Record(status, Student()), Issuer, IssuerName, Now);

        Assert.Empty(PescSchemaSet.Validate(document));
        Assert.Equal(PescTranscriptResponses.Root, document.Root!.Name);
        Assert.Equal("Status: " + status, Notes(document).First());
    }

    [Theory]
    [InlineData(TranscriptRequestStatus.Received, "TranscriptRequestReceived")]
    [InlineData(TranscriptRequestStatus.AwaitingConsent, "TranscriptRequestReceived")]
    [InlineData(TranscriptRequestStatus.Issued, "TranscriptSent")]
    [InlineData(TranscriptRequestStatus.Delivered, "TranscriptSent")]
    [InlineData(TranscriptRequestStatus.Acknowledged, "TranscriptSent")]
    [InlineData(TranscriptRequestStatus.Canceled, "Canceled")]
    [InlineData(TranscriptRequestStatus.Expired, "Canceled")]
    [InlineData(TranscriptRequestStatus.Failed, "Canceled")]
    public void Our_statuses_map_to_pesc_response_statuses(string status, string expected)
    {
        var document = PescTranscriptResponses.Write(Record(status, Student()), Issuer, IssuerName, Now);

        Assert.Equal(expected, Value(document, "Response/ResponseStatus"));
    }

    [Fact]
    public void A_request_about_nobody_reads_exactly_like_one_awaiting_consent()
    {
        var nobody = Record(TranscriptRequestStatus.AwaitingConsent, Student()) with { PersonId = null };
        var someone = Record(TranscriptRequestStatus.AwaitingConsent, Student()) with { PersonId = "p_1" };

        var written = PescTranscriptResponses.Write(nobody, Issuer, IssuerName, Now).ToString();

        Assert.Equal(PescTranscriptResponses.Write(someone, Issuer, IssuerName, Now).ToString(), written);
        Assert.DoesNotContain("NoRecord", written, StringComparison.Ordinal);
        Assert.Equal("false", Value(XDocument.Parse(written), "Response/RequestedStudent/ReleaseAuthorizedIndicator"));
    }

    [Fact]
    public void An_issued_response_names_the_transcript_and_echoes_only_what_was_sent()
    {
        var document = PescTranscriptResponses.Write(Record(TranscriptRequestStatus.Issued, Student()), Issuer, IssuerName, Now);
        var person = document.XPathSelectElement("/*/*[local-name()='Response']/RequestedStudent/Person")!;

        Assert.Contains("Transcript id: " + TranscriptId, Notes(document));
        Assert.Equal("S-0042", person.Element("SchoolAssignedPersonID")!.Value);
        Assert.Equal(["1234567890", "CSAC-77"], person.Elements("AgencyIdentifier").Select(a => a.Element("AgencyAssignedID")!.Value));
        Assert.Equal("2007-03-14", person.Element("Birth")!.Element("BirthDate")!.Value);
        Assert.Equal(["Ana", "Lopez"], person.Element("Name")!.Elements().Select(e => e.Value));
        Assert.Equal("121707", Value(document, "Response/RequestedStudent/Attendance/School/IPEDS"));
        Assert.Equal("true", Value(document, "Response/RequestedStudent/ReleaseAuthorizedIndicator"));
        Assert.DoesNotContain("ssn", document.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("p_1", document.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Transmission_data_goes_from_the_issuer_to_the_requesting_organization()
    {
        var document = PescTranscriptResponses.Write(Record(TranscriptRequestStatus.Issued, Student()), Issuer, IssuerName, Now);

        Assert.Matches("^rs_[0-9a-f]{32}$", Value(document, "TransmissionData/DocumentID"));
        Assert.Equal("2026-07-02T16:00:00Z", Value(document, "TransmissionData/CreatedDateTime"));
        Assert.Equal("Response", Value(document, "TransmissionData/DocumentTypeCode"));
        Assert.Equal(IssuerName, Value(document, "TransmissionData/Source/Organization/OrganizationName"));
        Assert.Equal("110635", Value(document, "TransmissionData/Destination/Organization/IPEDS"));
        Assert.Equal("ESU-REQ-42", Value(document, "Response/RequestTrackingID"));
    }

    [Fact]
    public void The_same_arguments_write_the_same_document_and_another_time_another_id()
    {
        var record = Record(TranscriptRequestStatus.Delivered, Student());

        var first = PescTranscriptResponses.Write(record, Issuer, IssuerName, Now);

        Assert.Equal(first.ToString(), PescTranscriptResponses.Write(record, Issuer, IssuerName, Now).ToString());
        Assert.NotEqual(
            Value(first, "TransmissionData/DocumentID"),
            Value(PescTranscriptResponses.Write(record, Issuer, IssuerName, Now.AddSeconds(1)), "TransmissionData/DocumentID"));
    }

    [Fact]
    public void Without_a_school_number_or_tracking_id_the_issuer_attends_and_the_request_id_tracks()
    {
        var student = new StudentBlock([new StudentIdentifier("ssid", "1234567890")], SsnToken: "ssn:token");
        var record = Record(TranscriptRequestStatus.Received, student) with
        {
            Request = Record(TranscriptRequestStatus.Received, student).Request with { RequestTrackingId = null },
        };

        var document = PescTranscriptResponses.Write(record, Issuer, IssuerName, Now);

        Assert.Empty(PescSchemaSet.Validate(document));
        Assert.Equal(RequestId, Value(document, "Response/RequestTrackingID"));
        Assert.Equal(IssuerName, Value(document, "Response/RequestedStudent/Attendance/School/OrganizationName"));
        Assert.Null(document.XPathSelectElement("//SchoolAssignedPersonID"));
        Assert.DoesNotContain("ssn:token", document.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tracking_id_longer_than_pesc_allows_is_kept_in_a_note()
    {
        var tracking = new string('k', 50);
        var record = Record(TranscriptRequestStatus.Received, Student());
        record = record with { Request = record.Request with { RequestTrackingId = tracking } };

        var document = PescTranscriptResponses.Write(record, Issuer, IssuerName, Now);

        Assert.Empty(PescSchemaSet.Validate(document));
        Assert.Equal(RequestId, Value(document, "Response/RequestTrackingID"));
        Assert.Contains("Request tracking id: " + tracking, Notes(document));
    }

    private static StudentBlock Student() =>
        new(
            [new StudentIdentifier("local:ipeds:121707", "S-0042"), new StudentIdentifier("ssid", "1234567890"), new StudentIdentifier("csac-id", "CSAC-77")],
            FirstName: "Ana",
            LastName: "Lopez",
            BirthDate: new DateOnly(2007, 3, 14),
            SsnToken: "ssn:token");

    private static TranscriptRequestRecord Record(string status, StudentBlock student) =>
        new(
            RequestId,
            "ipeds:110635",
            "client-1",
            new RequestedTranscript(student, "all", "admission", TranscriptRequestFormats.Xml, null, "ESU-REQ-42"),
            "p_1",
            status,
            status is TranscriptRequestStatus.Issued or TranscriptRequestStatus.Delivered or TranscriptRequestStatus.Acknowledged ? TranscriptId : null,
            Now.AddDays(-1),
            [new StatusChange(status, Now)]);

    private static string? Value(XDocument document, string path) =>
        document.XPathSelectElement("/*/" + string.Join('/', path.Split('/').Select((step, i) => i == 0 ? $"*[local-name()='{step}']" : step)))?.Value;

    private static List<string> Notes(XDocument document) =>
        document.XPathSelectElements("/*/*[local-name()='Response']/NoteMessage").Select(n => n.Value).ToList();
}
