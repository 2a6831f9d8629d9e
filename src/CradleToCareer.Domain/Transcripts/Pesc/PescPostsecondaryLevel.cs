using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>
/// The postsecondary record as a <see cref="PescLevel"/>: colleges with the terms attended (a record note, as our
/// dates of attendance are terms) and awards, courses by term in semester units, term and cumulative totals.
/// </summary>
internal static class PescPostsecondaryLevel
{
    public static PescLevel Of(PostsecondaryTranscript postsecondary)
    {
        var repeated = PescCourses.Repeated(postsecondary.Courses.Select(c => (c.InstitutionId, c.CourseCode)));
        var ids = postsecondary.Institutions.Select(c => c.InstitutionId)
            .Concat(postsecondary.Courses.Select(c => c.InstitutionId))
            .Concat(postsecondary.Awards.Select(a => a.InstitutionId))
            .Distinct(StringComparer.Ordinal);
        var style = PescLevelStyle.Postsecondary;
        return new PescLevel(
            style,
            [.. ids.Select(id => Institution(id, postsecondary))],
            [
                .. postsecondary.Courses.Select(c => new PescSessionCourse(
                    c.InstitutionId,
                    AcademicTerm.ParsePostsecondary(c.Term),
                    null,
                    PescCourses.Postsecondary(c, repeated.Contains((c.InstitutionId, c.CourseCode))))),
            ],
            postsecondary.Terms.DistinctBy(t => t.Term).ToDictionary(
                t => AcademicTerm.ParsePostsecondary(t.Term),
                t => PescSummaries.Term(style, t.UnitsAttempted, t.UnitsEarned, t.Gpa, t.CumulativeUnitsEarned, t.CumulativeGpa)),
            [PescSummaries.Totals(style, PescSummaries.All, null, postsecondary.UnitsEarned, postsecondary.Gpa)]);
    }

    private static PescInstitution Institution(string id, PostsecondaryTranscript postsecondary)
    {
        var college = postsecondary.Institutions.FirstOrDefault(c => c.InstitutionId == id);
        return new PescInstitution(
            id,
            college?.Name,
            [.. postsecondary.Awards.Where(a => a.InstitutionId == id).Select(PescAwards.Award)],
            [],
            college is null ? [] : [.. PescText.Notes($"Terms attended: {college.FirstTerm} to {college.LastTerm}")]);
    }
}
