using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Domain.Transcripts.Pesc;
using CradleToCareer.Host.Transcripts;
using Microsoft.IdentityModel.Tokens;

namespace CradleToCareer.Host.Hosting.OpenApi;

/// <summary>Examples for the transcript routes: a request, and the answer as JSON, as a JWS and as PESC XML.</summary>
internal sealed class TranscriptExamples : OperationExamples
{
    private const string TranscriptJson = """
        {
          "transcriptId": "t_3b9e2f4a6c8d40e1b7a5c3d2e1f0a9b8", "issuedAt": "2026-11-29T17:03:11.201+00:00",
          "issuer": "urn:c2c:record-service", "recipientOrgId": "uc-davis-admissions", "purpose": "admission", "level": "all",
          "student": { "personId": "p_5f0c2e8a9b1d4c7e8f60a1b2c3d4e5f6", "firstName": "Ana", "middleName": "R", "lastName": "Lopez", "birthDate": "2007-03-14",
                       "ids": [ { "system": "ssid", "value": "1234567890" } ] },
          "k12": {
            "institutions": [ { "institutionId": "cds:19647331931765", "name": "Lincoln High", "entryDate": "2021-08-18", "exitDate": "2025-06-06" } ],
            "courses": [ { "institutionId": "cds:19647331931765", "schoolYear": "2024-2025", "term": "FA", "gradeLevel": "12", "courseCode": "ENG12",
                           "courseTitle": "English 12", "agCategory": "b", "honors": false, "mark": "A-", "creditsAttempted": 5.0, "creditsEarned": 5.0 } ],
            "terms": [ { "schoolYear": "2024-2025", "term": "FA", "creditsAttempted": 30.0, "creditsEarned": 30.0, "gpa": 3.62,
                         "cumulativeCreditsEarned": 220.0, "cumulativeGpa": 3.45 } ],
            "creditsEarned": 250.0, "gpa": 3.47,
            "ag": { "complete": true, "subjects": { "a": { "done": 4, "required": 4 }, "b": { "done": 8, "required": 8 } }, "gpa1011": 3.6, "gpa1011WeightedCapped": 3.9 },
            "diplomas": [ { "institutionId": "cds:19647331931765", "schoolYear": "2024-2025", "date": "2025-06-06", "diplomaType": "standard" } ]
          },
          "postsecondary": {
            "institutions": [ { "institutionId": "ipeds:110334", "name": "City College", "firstTerm": "2025-FA", "lastTerm": "2026-SP" } ],
            "courses": [ { "institutionId": "ipeds:110334", "term": "2025-FA", "courseCode": "MATH1", "courseTitle": "Calculus I", "mark": "B+", "unitsAttempted": 4.0, "unitsEarned": 4.0 } ],
            "terms": [ { "term": "2025-FA", "unitsAttempted": 15.0, "unitsEarned": 15.0, "gpa": 3.2, "cumulativeUnitsEarned": 15.0, "cumulativeGpa": 3.2 } ],
            "unitsEarned": 30.0, "gpa": 3.1,
            "awards": []
          }
        }
        """;

    /// <summary>A real header and payload; the signature is left out, as an example cannot be signed with the service's key.</summary>
    private static readonly Lazy<string> Jws = new(() =>
        Base64UrlEncoder.Encode("""{"alg":"ES256","typ":"JWT","kid":"tk_first"}""")
        + "." + Base64UrlEncoder.Encode(TranscriptClaims.Of(Parsed(), Encoding.UTF8.GetBytes(TranscriptJson)))
        + ".<signature>");

    /// <summary>The example transcript as the PESC writer renders it.</summary>
    private static readonly Lazy<string> Xml = new(() => PescTranscripts.Write(Parsed()).ToString());

    protected override IReadOnlyDictionary<string, (string? Request, string Status, string Response)> Examples { get; } =
        new Dictionary<string, (string? Request, string Status, string Response)>
        {
            ["IssueTranscript"] = ("""{ "level": "all", "purpose": "admission" }""", "201", TranscriptJson),
            ["GetTranscript"] = (null, "200", TranscriptJson),
            ["VerifyTranscript"] = (null, "200", """
                { "issuedAt": "2026-11-29T17:03:11.201+00:00", "issuer": "urn:c2c:record-service", "recipientOrgId": "uc-davis-admissions" }
                """),
        };

    protected override JsonNode? ResponseExample(string mediaType, string json) => mediaType switch
    {
        TranscriptFormats.Jws => JsonValue.Create(Jws.Value),
        TranscriptFormats.Xml => JsonValue.Create(Xml.Value),
        TranscriptFormats.Pdf => JsonValue.Create("%PDF-1.7 … a Letter-size document for people, with the verification code on every page"),
        _ => base.ResponseExample(mediaType, json),
    };

    private static Transcript Parsed() =>
        JsonSerializer.Deserialize<Transcript>(TranscriptJson, StudentProfileJson.Options)!;
}
