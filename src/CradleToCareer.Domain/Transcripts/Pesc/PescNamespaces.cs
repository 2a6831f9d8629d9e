using System.Xml.Linq;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>
/// The namespaces of the two PESC messages written here. Only the root element is qualified: the PESC schemas
/// declare <c>elementFormDefault="unqualified"</c>, so every element below it has no namespace.
/// </summary>
public static class PescNamespaces
{
    public static XNamespace CollegeTranscript { get; } = "urn:org:pesc:message:CollegeTranscript:v1.6.0";

    public static XNamespace HighSchoolTranscript { get; } = "urn:org:pesc:message:HighSchoolTranscript:v1.5.0";
}
