using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Transcripts;

/// <summary>Builds a transcript from a profile; the profile already leaves out retracted events.</summary>
public static class TranscriptViews
{
    /// <summary>The consent scope a transcript needs.</summary>
    public const string Scope = "transcript";

    public static Transcript Of(StudentProfile profile, TranscriptIssue issue)
    {
        var student = profile.Student;
        return new Transcript(
            issue.TranscriptId,
            issue.IssuedAt,
            issue.Issuer,
            issue.RecipientOrgId,
            issue.Purpose,
            issue.Level,
            new TranscriptStudent(
                profile.PersonId,
                student.FirstName,
                student.MiddleName,
                student.LastName,
                student.BirthDate,
                VisibleStudentIds.For(student.Ids, issue.RecipientOrgId)),
            TranscriptLevels.IncludesK12(issue.Level) ? K12Of(profile) : null,
            TranscriptLevels.IncludesPostsecondary(issue.Level) ? PostsecondaryOf(profile) : null);
    }

    private static K12Transcript K12Of(StudentProfile profile)
    {
        var k12 = profile.K12;
        var terms = TermTotals.Running(k12.Courses.Select(c =>
            (AcademicTerm.ParseK12(c.SchoolYear, c.Term), c.Mark, c.CreditsAttempted, c.CreditsEarned)));
        return new K12Transcript(
            SchoolsAttended(profile),
            k12.Courses,
            [
                .. terms.Select(t => new K12TermSummary(
                    t.Term.ToSchoolYearName(), t.Term.Code.ToString(), t.Attempted, t.Earned, t.Gpa, t.CumulativeEarned, t.CumulativeGpa)),
            ],
            k12.CreditsEarned,
            k12.Gpa,
            k12.Ag,
            k12.Diplomas);
    }

    private static PostsecondaryTranscript PostsecondaryOf(StudentProfile profile)
    {
        var postsecondary = profile.Postsecondary;
        var terms = TermTotals.Running(postsecondary.Courses.Select(c =>
            (AcademicTerm.ParsePostsecondary(c.Term), c.Mark, c.UnitsAttempted, c.UnitsEarned)));
        return new PostsecondaryTranscript(
            CollegesAttended(profile),
            postsecondary.Courses,
            [
                .. terms.Select(t => new PostsecondaryTermSummary(
                    t.Term.ToPostsecondaryName(), t.Attempted, t.Earned, t.Gpa, t.CumulativeEarned, t.CumulativeGpa)),
            ],
            postsecondary.UnitsEarned,
            postsecondary.Gpa,
            postsecondary.Awards);
    }

    /// <summary>
    /// Every school with an enrollment, a course or a diploma, in order of first entry. The exit is the last
    /// one recorded, or none while the latest school year there has no exit yet.
    /// </summary>
    private static List<AttendedSchool> SchoolsAttended(StudentProfile profile)
    {
        var k12 = profile.K12;
        var ids = k12.Enrollments.Select(e => e.InstitutionId)
            .Concat(k12.Courses.Select(c => c.InstitutionId))
            .Concat(k12.Diplomas.Select(d => d.InstitutionId))
            .Distinct(StringComparer.Ordinal);
        return
        [
            .. ids.Select(id =>
                {
                    var years = k12.Enrollments.Where(e => e.InstitutionId == id)
                        .OrderBy(e => SchoolYear.ParseStart(e.SchoolYear))
                        .ToList();
                    return new AttendedSchool(
                        id,
                        NameOf(profile, id),
                        years.Select(e => e.EntryDate).Min(),
                        years.LastOrDefault()?.ExitDate is null ? null : years.Select(e => e.ExitDate).Max());
                })
                .OrderBy(s => s.EntryDate ?? DateOnly.MaxValue)
                .ThenBy(s => s.InstitutionId, StringComparer.Ordinal),
        ];
    }

    /// <summary>Every college with a term enrollment, a course or an award, in order of first term.</summary>
    private static List<AttendedCollege> CollegesAttended(StudentProfile profile)
    {
        var postsecondary = profile.Postsecondary;
        var terms = postsecondary.Enrollments.Select(e => (e.InstitutionId, Term: AcademicTerm.ParsePostsecondary(e.Term)))
            .Concat(postsecondary.Courses.Select(c => (c.InstitutionId, Term: AcademicTerm.ParsePostsecondary(c.Term))))
            .Concat(postsecondary.Awards.Select(a => (a.InstitutionId, Term: AcademicTerm.Containing(a.Date))));
        return
        [
            .. terms.GroupBy(t => t.InstitutionId, StringComparer.Ordinal)
                .Select(college => (Id: college.Key, First: college.Min(t => t.Term), Last: college.Max(t => t.Term)))
                .OrderBy(c => c.First)
                .ThenBy(c => c.Id, StringComparer.Ordinal)
                .Select(c => new AttendedCollege(c.Id, NameOf(profile, c.Id), c.First.ToPostsecondaryName(), c.Last.ToPostsecondaryName())),
        ];
    }

    private static string? NameOf(StudentProfile profile, string institutionId) =>
        profile.Institutions.FirstOrDefault(i => i.InstitutionId == institutionId)?.Name;
}
