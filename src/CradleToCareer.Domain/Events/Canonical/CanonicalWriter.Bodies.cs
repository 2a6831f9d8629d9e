using System.Text.Json;

namespace CradleToCareer.Domain.Events.Canonical;

internal static partial class CanonicalWriter
{
    /// <summary>The body fields, in the order of the events.md table.</summary>
    private static void WriteBody(Utf8JsonWriter writer, EventBody body)
    {
        switch (body)
        {
            case K12EnrollmentStarted b:
                WriteInstitution(writer, b.Institution);
                writer.WriteString("schoolYear", b.SchoolYear);
                writer.WriteString("gradeLevel", b.GradeLevel);
                WriteDate(writer, "entryDate", b.EntryDate);
                break;
            case K12EnrollmentEnded b:
                WriteInstitution(writer, b.Institution);
                writer.WriteString("schoolYear", b.SchoolYear);
                WriteDate(writer, "exitDate", b.ExitDate);
                writer.WriteString("exitReason", b.ExitReason);
                break;
            case K12AttendanceSummarized b:
                WriteInstitution(writer, b.Institution);
                writer.WriteString("schoolYear", b.SchoolYear);
                writer.WriteNumber("daysEnrolled", b.DaysEnrolled);
                writer.WriteNumber("daysAbsent", b.DaysAbsent);
                break;
            case K12CourseCompleted b:
                WriteInstitution(writer, b.Institution);
                writer.WriteString("schoolYear", b.SchoolYear);
                writer.WriteString("term", b.Term);
                writer.WriteString("gradeLevel", b.GradeLevel);
                writer.WriteString("courseCode", b.CourseCode);
                writer.WriteString("courseTitle", b.CourseTitle);
                WriteOptional(writer, "agCategory", b.AgCategory?.ToString());
                writer.WriteBoolean("honors", b.Honors);
                writer.WriteString("mark", b.Mark);
                WriteNumber(writer, "creditsAttempted", b.CreditsAttempted);
                WriteNumber(writer, "creditsEarned", b.CreditsEarned);
                break;
            case K12Graduated b:
                WriteInstitution(writer, b.Institution);
                writer.WriteString("schoolYear", b.SchoolYear);
                WriteDate(writer, "date", b.Date);
                writer.WriteString("diplomaType", b.DiplomaType);
                break;
            case PostsecondaryEnrollment b:
                WriteInstitution(writer, b.Institution);
                writer.WriteString("term", b.Term);
                writer.WriteString("level", b.Level);
                WriteOptional(writer, "programCip", b.ProgramCip);
                WriteNumber(writer, "unitsAttempted", b.UnitsAttempted);
                break;
            case PostsecondaryCourseCompleted b:
                WriteInstitution(writer, b.Institution);
                writer.WriteString("term", b.Term);
                writer.WriteString("courseCode", b.CourseCode);
                writer.WriteString("courseTitle", b.CourseTitle);
                writer.WriteString("mark", b.Mark);
                WriteNumber(writer, "unitsAttempted", b.UnitsAttempted);
                WriteNumber(writer, "unitsEarned", b.UnitsEarned);
                break;
            case AwardConferred b:
                WriteInstitution(writer, b.Institution);
                WriteDate(writer, "date", b.Date);
                writer.WriteString("awardLevel", b.AwardLevel);
                writer.WriteString("programCip", b.ProgramCip);
                writer.WriteString("title", b.Title);
                break;
            case AidApplicationSubmitted b:
                writer.WriteString("application", b.Application);
                writer.WriteString("awardYear", b.AwardYear);
                WriteDate(writer, "submittedDate", b.SubmittedDate);
                break;
            case AidDisbursed b:
                writer.WriteString("program", b.Program);
                writer.WriteString("awardYear", b.AwardYear);
                WriteInstitution(writer, b.Institution);
                WriteNumber(writer, "amount", b.Amount);
                WriteDate(writer, "disbursedDate", b.DisbursedDate);
                break;
            case WageReported b:
                writer.WriteStartObject("employer");
                writer.WriteString("idHash", b.Employer.IdHash);
                WriteOptional(writer, "naics", b.Employer.Naics);
                writer.WriteEndObject();
                writer.WriteNumber("year", b.Year);
                writer.WriteNumber("quarter", b.Quarter);
                WriteNumber(writer, "wages", b.Wages);
                break;
            case ServiceParticipation b:
                writer.WriteString("program", b.Program);
                WriteDate(writer, "startDate", b.StartDate);
                WriteOptional(writer, "endDate", b.EndDate);
                break;
            case Retraction b:
                writer.WriteStartObject("retracts");
                writer.WriteString("source", b.Retracts.Source);
                writer.WriteString("id", b.Retracts.Id);
                writer.WriteEndObject();
                WriteOptional(writer, "reason", b.Reason);
                break;
            default:
                throw new ArgumentException($"No canonical form for body type {body.GetType().Name}.", nameof(body));
        }
    }
}
