using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Profile;

/// <summary>The postsecondary section from key-ordered effective events; stable sorts keep key order on ties.</summary>
internal static class PostsecondaryProjection
{
    public static PostsecondarySection Build(IReadOnlyList<SourceEvent> events, IReadOnlyList<KnownInstitution> institutions)
    {
        var names = institutions.ToDictionary(i => i.InstitutionId, i => i.Name, StringComparer.Ordinal);
        var bodies = events.Select(e => e.Body).ToList();

        var enrollments = bodies
            .OfType<PostsecondaryEnrollment>()
            .Select(e => new PostsecondaryTermEnrollment(
                e.Institution.Id, names.GetValueOrDefault(e.Institution.Id), e.Term, e.Level, e.ProgramCip, e.UnitsAttempted))
            .OrderBy(e => AcademicTerm.ParsePostsecondary(e.Term))
            .ThenBy(e => e.InstitutionId, StringComparer.Ordinal)
            .ToList();

        var courses = bodies
            .OfType<PostsecondaryCourseCompleted>()
            .Select(c => new PostsecondaryCourse(
                c.Institution.Id, c.Term, c.CourseCode, c.CourseTitle, c.Mark, c.UnitsAttempted, c.UnitsEarned))
            .OrderBy(c => AcademicTerm.ParsePostsecondary(c.Term))
            .ThenBy(c => c.CourseCode, StringComparer.Ordinal)
            .ToList();

        var terms = courses
            .GroupBy(c => c.Term, StringComparer.Ordinal)
            .Select(term => new PostsecondaryTerm(
                term.Key,
                Gpa.Earned(term.Select(c => c.UnitsEarned)),
                Gpa.Of(term.Select(c => new MarkedAttempt(c.Mark, c.UnitsAttempted)))))
            .ToList();

        var awards = bodies
            .OfType<AwardConferred>()
            .Select(a => new Award(a.Institution.Id, a.Date, a.AwardLevel, a.ProgramCip, a.Title))
            .OrderBy(a => a.Date)
            .ThenBy(a => a.InstitutionId, StringComparer.Ordinal)
            .ToList();

        return new PostsecondarySection(
            Gpa.Earned(courses.Select(c => c.UnitsEarned)),
            Gpa.Of(courses.Select(c => new MarkedAttempt(c.Mark, c.UnitsAttempted))),
            enrollments,
            courses,
            terms,
            awards);
    }
}
