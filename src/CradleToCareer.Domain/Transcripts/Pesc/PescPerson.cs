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
            new XElement("Name",
                NamePart("FirstName", student.FirstName),
                NamePart("MiddleName", student.MiddleName),
                NamePart("LastName", student.LastName)),
            highSchool);
    }

    private static XElement? NamePart(string element, string? value) =>
        PescText.Fit(value, NamePartLength) is { } fitted ? new XElement(element, fitted) : null;
}
