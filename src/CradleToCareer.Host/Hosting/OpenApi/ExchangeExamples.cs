using System.Text.Json.Nodes;
using CradleToCareer.Host.Exchange;

namespace CradleToCareer.Host.Hosting.OpenApi;

/// <summary>Examples for the transcript request routes: a JSON request and a PESC TranscriptRequest document, and the answers.</summary>
internal sealed class ExchangeExamples : OperationExamples
{
    private const string RequestJson = """
        {
          "student": { "ids": [ { "system": "ssid", "value": "1234567890" } ], "firstName": "Ana", "lastName": "Lopez", "birthDate": "2007-03-14" },
          "level": "all", "purpose": "admission", "format": "application/pdf",
          "delivery": { "url": "https://registrar.example.edu/c2c-hooks" },
          "requestTrackingId": "ADM-2027-000042"
        }
        """;

    private const string PescRequest = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TrnReq:TranscriptRequest xmlns:TrnReq="urn:org:pesc:message:TranscriptRequest:v1.4.0">
          <TrnReq:TransmissionData>
            <DocumentID>REQ-2027-000042</DocumentID>
            <CreatedDateTime>2026-12-06T09:30:00-08:00</CreatedDateTime>
            <DocumentTypeCode>Request</DocumentTypeCode>
            <TransmissionType>Original</TransmissionType>
            <Source><Organization><IPEDS>110635</IPEDS><OrganizationName>Example State University</OrganizationName></Organization></Source>
            <Destination><Organization><MutuallyDefined>urn:c2c:record-service</MutuallyDefined></Organization></Destination>
          </TrnReq:TransmissionData>
          <TrnReq:Request>
            <CreatedDateTime>2026-12-06T09:30:00-08:00</CreatedDateTime>
            <RequestedStudent>
              <Person>
                <AgencyIdentifier><AgencyAssignedID>1234567890</AgencyAssignedID><AgencyCode>MutuallyDefined</AgencyCode><AgencyName>ssid</AgencyName></AgencyIdentifier>
                <Birth><BirthDate>2007-03-14</BirthDate></Birth>
                <Name><FirstName>Ana</FirstName><LastName>Lopez</LastName></Name>
              </Person>
              <Attendance><School><OrganizationName>Lincoln High School</OrganizationName></School></Attendance>
              <ReleaseAuthorizedIndicator>true</ReleaseAuthorizedIndicator>
            </RequestedStudent>
            <Recipient>
              <RequestTrackingID>ADM-2027-000042</RequestTrackingID>
              <Receiver><RequestorReceiverOrganization><OrganizationName>Example State University</OrganizationName></RequestorReceiverOrganization></Receiver>
              <TranscriptPurpose>Admission</TranscriptPurpose>
            </Recipient>
          </TrnReq:Request>
        </TrnReq:TranscriptRequest>
        """;

    private const string View = """
        {
          "requestId": "tr_8c1d2e3f4a5b46c7d8e9f0a1b2c3d4e5", "status": "issued", "level": "all", "purpose": "admission",
          "format": "application/pdf", "requestTrackingId": "ADM-2027-000042", "transcriptId": "t_3b9e2f4a6c8d40e1b7a5c3d2e1f0a9b8",
          "transcriptUrl": "https://c2c.example.gov/v1/transcripts/t_3b9e2f4a6c8d40e1b7a5c3d2e1f0a9b8",
          "receivedAt": "2026-12-06T17:30:00.120+00:00", "updatedAt": "2026-12-06T17:42:10.031+00:00", "expiresAt": null,
          "delivery": { "url": "https://registrar.example.edu/c2c-hooks" },
          "history": [ { "status": "received", "at": "2026-12-06T17:30:00.120+00:00" },
                       { "status": "awaiting-consent", "at": "2026-12-06T17:30:00.131+00:00" },
                       { "status": "issued", "at": "2026-12-06T17:42:10.031+00:00" } ]
        }
        """;

    private const string PescResponse = "<TranscriptResponse xmlns=\"urn:org:pesc:message:TranscriptResponse:v1.4.0\">…"
        + "<ResponseStatus>TranscriptSent</ResponseStatus>…</TranscriptResponse>";

    protected override IReadOnlyDictionary<string, (string? Request, string Status, string Response)> Examples { get; } =
        new Dictionary<string, (string? Request, string Status, string Response)>
        {
            ["SubmitTranscriptRequest"] = (RequestJson, "202", """
                { "requestId": "tr_8c1d2e3f4a5b46c7d8e9f0a1b2c3d4e5", "status": "awaiting-consent",
                  "delivery": { "url": "https://registrar.example.edu/c2c-hooks", "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" } }
                """),
            ["GetTranscriptRequest"] = (null, "200", View),
            ["CancelTranscriptRequest"] = (null, "200", View.Replace("\"issued\"", "\"canceled\"", StringComparison.Ordinal)),
            ["ListTranscriptRequests"] = (null, "200", $$"""{ "items": [ {{View}} ], "next": null }"""),
            ["AcknowledgeTranscriptRequest"] = ("""{ "received": true }""", "200", View.Replace("\"issued\"", "\"acknowledged\"", StringComparison.Ordinal)),
            ["GetTranscriptResponse"] = (null, "200", "{}"),
        };

    protected override JsonNode? RequestExample(string mediaType, string json) => mediaType switch
    {
        TranscriptExchangeDocumentsApi.XmlType when json.Contains("student", StringComparison.Ordinal) => JsonValue.Create(PescRequest),
        TranscriptExchangeDocumentsApi.XmlType => JsonValue.Create(
            "<Ack:Acknowledgment xmlns:Ack=\"urn:org:pesc:message:TranscriptAcknowledgment:v1.3.0\">…</Ack:Acknowledgment>"),
        _ => base.RequestExample(mediaType, json),
    };

    protected override JsonNode? ResponseExample(string mediaType, string json) =>
        mediaType == TranscriptExchangeDocumentsApi.XmlType ? JsonValue.Create(PescResponse) : base.ResponseExample(mediaType, json);
}
