using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CradleToCareer.Domain.Transcripts.Pesc.Exchange;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Host.Tests.Views;
using UglyToad.PdfPig;

namespace CradleToCareer.Host.Tests.Exchange;

/// <summary>PESC documents, refused bodies, the PDF and its verification, over HTTP.</summary>
public sealed class TranscriptRequestDocumentTests(EmbeddedServiceFixture fixture) : IClassFixture<EmbeddedServiceFixture>
{
    private ServiceUnderTest Service => fixture.Service;

    [Fact]
    public async Task A_pesc_request_naming_the_students_ssid_is_issued_and_its_pesc_response_validates()
    {
        var student = await TranscriptHistory.IngestAsync(Service, "transcript");

        var response = await student.College.SubmitXmlAsync(PescRequest(student.Ssid), "?deliveryUrl=https%3A%2F%2Fregistrar.example.edu%2Fhooks");
        var accepted = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var document = await student.College.GetByteArrayAsync($"/v1/transcript-requests/{accepted.RequestId()}/response");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("issued", accepted.Status());
        Assert.StartsWith("whsec_", accepted["delivery"]!["secret"]!.GetValue<string>(), StringComparison.Ordinal);
        var read = PescDocumentReader.Read(document, PescTranscriptResponses.Root);
        Assert.Empty(read.Errors);
        Assert.Contains("<ResponseStatus>TranscriptSent</ResponseStatus>", Encoding.UTF8.GetString(document), StringComparison.Ordinal);
        var ack = await student.College.PostAsync(
            $"/v1/transcript-requests/{accepted.RequestId()}/acknowledgement", new StringContent("<Acknowledgment/>", Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.BadRequest, ack.StatusCode);
        var valid = await student.College.PostAsync(
            $"/v1/transcript-requests/{accepted.RequestId()}/acknowledgement", new StringContent(Acknowledgment, Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal("acknowledged", (await valid.Content.ReadFromJsonAsync<JsonObject>())!.Status());
    }

    [Fact]
    public async Task An_invalid_pesc_document_gets_every_schema_error_with_line_and_column_and_nothing_is_kept()
    {
        var student = await TranscriptHistory.IngestAsync(Service);
        var before = await student.College.GetJsonAsync("/v1/transcript-requests");
        var broken = PescRequest(student.Ssid)
            .Replace("<BirthDate>2008-01-02</BirthDate>", "<BirthDate>02/01/2008</BirthDate>", StringComparison.Ordinal)
            .Replace("<ReleaseAuthorizedIndicator>true</ReleaseAuthorizedIndicator>", "", StringComparison.Ordinal);

        var response = await student.College.SubmitXmlAsync(broken);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = problem["errors"]!.AsArray();
        Assert.True(errors.Count >= 2, problem.ToJsonString());
        Assert.All(errors, error => Assert.True(error!["line"]!.GetValue<int>() > 1 && error["column"]!.GetValue<int>() > 0));
        Assert.Equal(before["items"]!.AsArray().Count, (await student.College.GetJsonAsync("/v1/transcript-requests"))["items"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("application/json", "{\"student\": {\"ids\": []}, \"level\": \"all\"", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{\"student\": {\"ids\": [{\"system\": \"ssid\", \"value\": \"1\\u0007\"}]}, \"level\": \"most\", \"delivery\": {\"url\": \"http://10.0.0.1/x\"}}", HttpStatusCode.BadRequest)]
    [InlineData("text/plain", "hello", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/xml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", HttpStatusCode.BadRequest)]
    public async Task A_bad_body_is_a_problem_that_says_what_and_keeps_nothing(string contentType, string body, HttpStatusCode expected)
    {
        var student = await TranscriptHistory.IngestAsync(Service);

        var response = await student.College.PostAsync("/v1/transcript-requests", new StringContent(body, Encoding.UTF8, contentType));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("passwd", text.Replace("/etc/passwd", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.Empty((await student.College.GetJsonAsync("/v1/transcript-requests"))["items"]!.AsArray());
    }

    [Fact]
    public async Task The_pdf_reads_back_the_gpa_and_its_printed_code_verifies_for_anyone()
    {
        var student = await TranscriptHistory.IngestAsync(Service, "transcript");
        var accepted = await student.College.AcceptedAsync(TranscriptRequestClient.JsonRequest(student.Ssid));
        var transcriptId = (await student.College.GetJsonAsync($"/v1/transcript-requests/{accepted.RequestId()}"))["transcriptId"]!.GetValue<string>();

        var pdf = await TranscriptHistory.SendAsync(student.College, HttpMethod.Get, $"/v1/transcripts/{transcriptId}", "application/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", document.GetPages().Select(page => page.Text));
        Assert.Contains("3.45", text, StringComparison.Ordinal);
        Assert.Contains(transcriptId, text, StringComparison.Ordinal);
        var code = System.Text.RegularExpressions.Regex.Match(text, "[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}").Value;
        Assert.NotEmpty(code);

        var verified = await Service.Anonymous.GetAsync($"/v1/transcripts/{transcriptId}/verification?code={code}");
        var facts = (await verified.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal(["issuedAt", "issuer", "recipientOrgId"], facts.Select(field => field.Key));
        Assert.Equal(student.CollegeOrgId, facts["recipientOrgId"]!.GetValue<string>());
        var wrong = await Service.Anonymous.GetAsync($"/v1/transcripts/{transcriptId}/verification?code=AAAA-BBBB-CCCC-DDDD");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Service.Anonymous.GetAsync($"/v1/transcripts/{transcriptId}/verification")).StatusCode);
    }

    private const string Acknowledgment = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TrnAck:Acknowledgment xmlns:TrnAck="urn:org:pesc:message:TranscriptAcknowledgment:v1.3.0">
          <TransmissionData>
            <DocumentID>ACK-2026-0009</DocumentID>
            <CreatedDateTime>2026-07-16T08:00:00Z</CreatedDateTime>
            <DocumentTypeCode>Acknowledgment</DocumentTypeCode>
            <TransmissionType>Original</TransmissionType>
            <Source><Organization><IPEDS>110635</IPEDS></Organization></Source>
            <Destination><Organization><MutuallyDefined>urn:c2c:record-service</MutuallyDefined></Organization></Destination>
          </TransmissionData>
          <Person><Name><FirstName>Ana</FirstName><LastName>Lopez</LastName></Name></Person>
          <AcademicAwardTotal>1</AcademicAwardTotal>
          <CourseTotal>8</CourseTotal>
        </TrnAck:Acknowledgment>
        """;

    private static string PescRequest(string ssid) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <TrnReq:TranscriptRequest xmlns:TrnReq="urn:org:pesc:message:TranscriptRequest:v1.4.0">
          <TrnReq:TransmissionData>
            <DocumentID>REQ-{ssid}</DocumentID>
            <CreatedDateTime>2026-07-01T09:30:00-07:00</CreatedDateTime>
            <DocumentTypeCode>Request</DocumentTypeCode>
            <TransmissionType>Original</TransmissionType>
            <Source><Organization><IPEDS>110635</IPEDS><OrganizationName>Example State University</OrganizationName></Organization></Source>
            <Destination><Organization><MutuallyDefined>urn:c2c:record-service</MutuallyDefined></Organization></Destination>
          </TrnReq:TransmissionData>
          <TrnReq:Request>
            <CreatedDateTime>2026-07-01T09:30:00-07:00</CreatedDateTime>
            <RequestedStudent>
              <Person>
                <AgencyIdentifier><AgencyAssignedID>{ssid}</AgencyAssignedID><AgencyCode>MutuallyDefined</AgencyCode><AgencyName>ssid</AgencyName></AgencyIdentifier>
                <Birth><BirthDate>2008-01-02</BirthDate></Birth>
                <Name><FirstName>Ana</FirstName><LastName>Lopez</LastName></Name>
              </Person>
              <Attendance><School><OrganizationName>Lincoln High School</OrganizationName></School></Attendance>
              <ReleaseAuthorizedIndicator>true</ReleaseAuthorizedIndicator>
            </RequestedStudent>
          </TrnReq:Request>
        </TrnReq:TranscriptRequest>
        """;
}
