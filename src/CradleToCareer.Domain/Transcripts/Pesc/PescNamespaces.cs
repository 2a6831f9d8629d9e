using System.Xml.Linq;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>
/// The namespaces of the PESC messages read and written here. In the transcripts and the acknowledgment only the
/// root element is qualified: those schemas declare <c>elementFormDefault="unqualified"</c>, so every element below
/// it has no namespace. The request and response schemas declare <c>qualified</c>, so their root's own children
/// (TransmissionData, Request or Response, NoteMessage, UserDefinedExtensions) are in the message namespace too,
/// and everything below those, typed by the Academic Record library, again has none.
/// </summary>
public static class PescNamespaces
{
    public static XNamespace CollegeTranscript { get; } = "urn:org:pesc:message:CollegeTranscript:v1.6.0";

    public static XNamespace HighSchoolTranscript { get; } = "urn:org:pesc:message:HighSchoolTranscript:v1.5.0";

    public static XNamespace TranscriptRequest { get; } = "urn:org:pesc:message:TranscriptRequest:v1.4.0";

    public static XNamespace TranscriptResponse { get; } = "urn:org:pesc:message:TranscriptResponse:v1.4.0";

    /// <summary>PESC spells it without the e of the schema's file name, and so does its root, <c>Acknowledgment</c>.</summary>
    public static XNamespace TranscriptAcknowledgment { get; } = "urn:org:pesc:message:TranscriptAcknowledgment:v1.3.0";
}
