using System.Xml.Linq;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>
/// Writes a transcript as a PESC document (docs/transcripts.md, PESC XML): a High School Transcript v1.5.0 for
/// level k12, a College Transcript v1.6.0 for postsecondary and for all, where the K-12 record comes first as
/// further AcademicRecords. Every document validates against the PESC schemas (<see cref="Validation.PescSchemaSet"/>).
/// </summary>
public static class PescTranscripts
{
    private const string K12CreditsNote = "K-12 credits are California high school credits, 5 per semester course.";

    /// <exception cref="ArgumentException">
    /// The level is not one of <see cref="TranscriptLevels.Known"/>, or the transcript id does not fit a PESC
    /// DocumentID (1 to 35 characters).
    /// </exception>
    public static XDocument Write(Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        return transcript.Level switch
        {
            TranscriptLevels.K12 => HighSchool(transcript),
            TranscriptLevels.Postsecondary or TranscriptLevels.All => College(transcript),
            _ => throw new ArgumentException($"Unknown transcript level '{transcript.Level}'.", nameof(transcript)),
        };
    }

    private static XDocument HighSchool(Transcript transcript) =>
        Document(PescNamespaces.HighSchoolTranscript + "HighSchoolTranscript", "HSTrn", transcript, highSchool: null);

    private static XDocument College(Transcript transcript) =>
        Document(PescNamespaces.CollegeTranscript + "CollegeTranscript", "ColTrn", transcript, LastHighSchool(transcript.K12));

    private static XDocument Document(XName root, string prefix, Transcript transcript, XElement? highSchool) =>
        new(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(root,
                new XAttribute(XNamespace.Xmlns + prefix, root.Namespace),
                PescTransmission.Of(transcript),
                new XElement("Student", PescPerson.Of(transcript, highSchool), Records(transcript)),
                transcript.K12 is null ? null : PescText.Notes(K12CreditsNote)));

    /// <summary>The K-12 records, then the postsecondary ones; a Student needs at least one AcademicRecord.</summary>
    private static IEnumerable<XElement> Records(Transcript transcript)
    {
        var records = (transcript.K12 is null ? [] : PescAcademicRecords.Of(PescK12Level.Of(transcript.K12)))
            .Concat(transcript.Postsecondary is null ? [] : PescAcademicRecords.Of(PescPostsecondaryLevel.Of(transcript.Postsecondary)))
            .ToList();
        return records.Count > 0 ? records : [new XElement("AcademicRecord")];
    }

    /// <summary>The school of the latest diploma, else the last school attended (PersonType's HighSchool).</summary>
    private static XElement? LastHighSchool(K12Transcript? k12)
    {
        if (k12 is null)
        {
            return null;
        }

        var id = k12.Diplomas.MaxBy(d => d.Date)?.InstitutionId ?? k12.Institutions.LastOrDefault()?.InstitutionId;
        return id is null ? null : PescOrganizations.HighSchool(id, k12.Institutions.FirstOrDefault(s => s.InstitutionId == id)?.Name);
    }
}
