using System.Xml.Linq;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>
/// The Person of either transcript (AcRec:PersonType or AcRec:K12PersonType): ids, birth date and name, which
/// both types order alike; the college one may end with the high school the student last attended.
/// </summary>
internal static class PescPerson
{
    private const int NamePartLength = 35;

    public static XElement Of(Transcript transcript, XElement? highSchool)
    {
        var student = transcript.Student;
        return new XElement("Person",
            PescStudentIds.Of(student, transcript.RecipientOrgId),
            student.BirthDate is { } birth ? new XElement("Birth", new XElement("BirthDate", PescText.Date(birth))) : null,
            Name(student.FirstName, student.MiddleName, student.LastName),
            highSchool);
    }

    /// <summary>A core:NameType with the parts there are, each cut to the 35 characters PESC allows.</summary>
    public static XElement Name(string? first, string? middle, string? last) =>
        new("Name", NamePart("FirstName", first), NamePart("MiddleName", middle), NamePart("LastName", last));

    private static XElement? NamePart(string element, string? value) =>
        PescText.Fit(value, NamePartLength) is { } fitted ? new XElement(element, fitted) : null;
}
