using System.Xml.Linq;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>
/// TransmissionData: the transcript id and issue time, an original document sent at an institution's request,
/// from the issuing service to the recipient organization, with the purpose as a note.
/// </summary>
internal static class PescTransmission
{
    private const int DocumentIdLength = 35;

    public static XElement Of(Transcript transcript) =>
        new("TransmissionData",
            new XElement("DocumentID", DocumentId(transcript.TranscriptId)),
            new XElement("CreatedDateTime", PescText.Instant(transcript.IssuedAt)),
            new XElement("DocumentTypeCode", "InstitutionRequest"),
            new XElement("TransmissionType", "Original"),
            new XElement("Source", PescOrganizations.Organization(transcript.Issuer)),
            new XElement("Destination", PescOrganizations.Organization(transcript.RecipientOrgId)),
            string.IsNullOrWhiteSpace(transcript.Purpose) ? null : PescText.Notes("Purpose: " + transcript.Purpose));

    /// <summary>The transcript id unchanged: it identifies the document, so it is never cut to fit.</summary>
    private static string DocumentId(string transcriptId) =>
        transcriptId.Length is > 0 and <= DocumentIdLength
            ? transcriptId
            : throw new ArgumentException(
                $"A PESC DocumentID has 1 to {DocumentIdLength} characters; transcript id '{transcriptId}' has {transcriptId.Length}.",
                nameof(transcriptId));
}
