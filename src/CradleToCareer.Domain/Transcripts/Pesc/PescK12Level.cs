using System.Xml.Linq;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>
/// The K-12 record as a <see cref="PescLevel"/>: schools with their entry and exit dates (an AcademicSummary with
/// EntryDate and ExitDate; no ExitDate while still enrolled) and diplomas, semester courses by school year and term,
/// term totals, and the cumulative credits, GPA and a-g.
/// </summary>
internal static class PescK12Level
{
    public static PescLevel Of(K12Transcript k12)
    {
        var repeated = PescCourses.Repeated(k12.Courses.Select(c => (c.InstitutionId, c.CourseCode)));
        var ids = k12.Institutions.Select(s => s.InstitutionId)
            .Concat(k12.Courses.Select(c => c.InstitutionId))
            .Concat(k12.Diplomas.Select(d => d.InstitutionId))
            .Distinct(StringComparer.Ordinal);
        var style = PescLevelStyle.K12;
        return new PescLevel(
            style,
            [.. ids.Select(id => Institution(id, k12))],
            [
                .. k12.Courses.Select(c => new PescSessionCourse(
                    c.InstitutionId,
                    AcademicTerm.ParseK12(c.SchoolYear, c.Term),
                    c.GradeLevel,
                    PescCourses.K12(c, repeated.Contains((c.InstitutionId, c.CourseCode))))),
            ],
            k12.Terms.DistinctBy(t => (t.SchoolYear, t.Term)).ToDictionary(
                t => AcademicTerm.ParseK12(t.SchoolYear, t.Term),
                t => PescSummaries.Term(style, t.CreditsAttempted, t.CreditsEarned, t.Gpa, t.CumulativeCreditsEarned, t.CumulativeGpa)),
            [PescSummaries.Totals(style, PescSummaries.All, null, k12.CreditsEarned, k12.Gpa), .. PescAg.Summaries(k12.Ag)]);
    }

    private static PescInstitution Institution(string id, K12Transcript k12)
    {
        var school = k12.Institutions.FirstOrDefault(s => s.InstitutionId == id);
        return new PescInstitution(
            id,
            school?.Name,
            [.. k12.Diplomas.Where(d => d.InstitutionId == id).Select(PescAwards.Diploma)],
            school is { EntryDate: null, ExitDate: null } or null ? [] : [Attendance(school)],
            []);
    }

    private static XElement Attendance(AttendedSchool school) =>
        new("AcademicSummary",
            school.EntryDate is { } entry ? new XElement("EntryDate", PescText.Date(entry)) : null,
            school.ExitDate is { } exit ? new XElement("ExitDate", PescText.Date(exit)) : null);
}
