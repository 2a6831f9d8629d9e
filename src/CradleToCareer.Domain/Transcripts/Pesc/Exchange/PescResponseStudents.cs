using System.Xml.Linq;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Events.Parsing;

namespace CradleToCareer.Domain.Transcripts.Pesc.Exchange;

/// <summary>
/// A TranscriptResponse's RequestedStudent: only what the requester sent, never anything we know of the student,
/// and never the SSN (we hold only its token). The first <c>local:</c> student number that fits is echoed as
/// SchoolAssignedPersonID with its institution as the Attendance School; every other id as the AgencyIdentifier a
/// transcript writes for it. Without such a number the one Attendance the schema requires names the issuing service,
/// since saying which schools the student attended would tell the requester that the student exists.
/// ReleaseAuthorizedIndicator is true exactly when the transcript was issued.
/// </summary>
internal static class PescResponseStudents
{
    private const int SchoolNumberLength = 20;

    public static XElement Of(StudentBlock student, string issuer, string issuerName, bool released)
    {
        var schoolNumber = student.Ids.FirstOrDefault(id =>
            id.System.StartsWith(Vocabulary.LocalSystemPrefix, StringComparison.Ordinal) && id.Value.Length <= SchoolNumberLength);
        var school = schoolNumber is null
            ? PescOrganizations.School(issuer, issuerName, schoolLevel: null)
            : PescOrganizations.School(schoolNumber.System[Vocabulary.LocalSystemPrefix.Length..], name: null, schoolLevel: null);
        return new XElement("RequestedStudent",
            new XElement("Person",
                schoolNumber is null ? null : new XElement("SchoolAssignedPersonID", schoolNumber.Value),
                student.Ids.Where(id => id != schoolNumber).SelectMany(id => PescStudentIds.AgencyOf(id.System, id.Value)),
                student.BirthDate is { } birth ? new XElement("Birth", new XElement("BirthDate", PescText.Date(birth))) : null,
                PescPerson.Name(student.FirstName, student.MiddleName, student.LastName)),
            new XElement("Attendance", school),
            new XElement("ReleaseAuthorizedIndicator", released ? "true" : "false"));
    }
}
