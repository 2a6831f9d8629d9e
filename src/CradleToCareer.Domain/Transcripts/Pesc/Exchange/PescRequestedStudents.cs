using System.Xml.Linq;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Events.Parsing;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Domain.Transcripts.Pesc.Exchange;

/// <summary>
/// A TranscriptRequest's RequestedStudent as a student block (events.md), under the rules a JSON student block
/// follows: names, the birth date, the SSN (tokenized here, the digits go no further) and the ids.
/// <list type="bullet">
/// <item>Name: FirstName, the first MiddleName, LastName; other name parts and AlternateName are not used.</item>
/// <item>SchoolAssignedPersonID: the student number of the school attended, as <c>local:</c> and the id of the
/// first Attendance School that carries one we know (a 6-digit IPEDS, or a 14-digit LocalOrganizationID qualified
/// CA, a CDS code); not used when no School carries either.</item>
/// <item>AgencyIdentifier: the ids whose agency names one of our id systems, as transcripts write them; other
/// agencies, the deprecated bare AgencyAssignedID, RecipientAssignedID and PartialSSN are not used.</item>
/// </list>
/// Blank values count as absent.
/// </summary>
internal static class PescRequestedStudents
{
    public static StudentBlock Read(XElement requestedStudent, ISsnTokenizer tokenizer, List<PescDocumentError> errors)
    {
        var person = requestedStudent.Element("Person")!;
        var name = person.Element("Name")!;
        var birthDate = person.Element("Birth")?.Element("BirthDate");
        var ids = SchoolNumber(person, requestedStudent).Concat(AgencyIds(person, errors)).ToList();
        var (first, last) = (Value(name.Element("FirstName")), Value(name.Element("LastName")));
        if (ids.Count == 0 && (first is null || last is null || birthDate is null))
        {
            errors.Add(PescDocumentError.At(person,
                $"The student needs at least one id in a system we know ({string.Join(", ", Vocabulary.IdentifierSystems)}, "
                + "or a SchoolAssignedPersonID with its school's IPEDS or CDS code), unless FirstName, LastName and BirthDate are all given."));
        }

        var ssn = Value(person.Element("SSN")) is { } text ? SsnFormat.Normalize(text) : null;
        return new StudentBlock(
            ids,
            FirstName: first,
            MiddleName: Value(name.Element("MiddleName")),
            LastName: last,
            BirthDate: birthDate is null ? null : BirthDate(birthDate, errors),
            SsnToken: ssn is null ? null : tokenizer.Tokenize(ssn),
            SsnNearTokens: ssn is null ? null : tokenizer.NearTokens(ssn));
    }

    private static IEnumerable<StudentIdentifier> SchoolNumber(XElement person, XElement requestedStudent)
    {
        var number = Value(person.Element("SchoolAssignedPersonID"));
        var school = requestedStudent.Elements("Attendance")
            .Select(attendance => PescOrganizations.InstitutionIdOf(attendance.Element("School")!))
            .FirstOrDefault(id => id is not null);
        return number is null || school is null ? [] : [new StudentIdentifier(Vocabulary.LocalSystemPrefix + school, number)];
    }

    private static IEnumerable<StudentIdentifier> AgencyIds(XElement person, List<PescDocumentError> errors)
    {
        foreach (var agency in person.Elements("AgencyIdentifier"))
        {
            var system = PescStudentIds.SystemOf(agency.Element("AgencyCode")!.Value.Trim(), agency.Element("AgencyName")?.Value);
            var assigned = agency.Element("AgencyAssignedID")!;
            if (system is null || Value(assigned) is not { } value)
            {
                continue;
            }

            if (StudentParser.FitsSystem(system, value))
            {
                yield return new StudentIdentifier(system, value);
            }
            else
            {
                errors.Add(PescDocumentError.At(assigned, $"The 'AgencyAssignedID' {StudentParser.SsidValueRule}."));
            }
        }
    }

    private static DateOnly? BirthDate(XElement birthDate, List<PescDocumentError> errors)
    {
        if (FieldKinds.TryDate(birthDate.Value.Trim(), out var date))
        {
            return date;
        }

        errors.Add(PescDocumentError.At(birthDate, $"The 'BirthDate' element must be {FieldKinds.Date.Expected}, without a time zone."));
        return null;
    }

    private static string? Value(XElement? element) =>
        element?.Value.Trim() is { Length: > 0 } value ? value : null;
}
