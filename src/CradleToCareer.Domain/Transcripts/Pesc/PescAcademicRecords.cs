using System.Xml.Linq;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>
/// One AcademicRecord per institution attended, in order: its School, awards, own summaries, and a session per
/// term with courses there. Our totals cover every institution of the level, so each appears once: a term's in
/// the session of the last institution with courses that term, the level's in the last institution's record.
/// A level without any institution is one AcademicRecord with the level's totals and no School.
/// </summary>
internal static class PescAcademicRecords
{
    public static IEnumerable<XElement> Of(PescLevel level)
    {
        var institutions = level.Institutions;
        if (institutions.Count == 0)
        {
            return [new XElement("AcademicRecord", level.LevelSummaries)];
        }

        var position = institutions.Select((institution, index) => (institution.InstitutionId, index))
            .ToDictionary(p => p.InstitutionId, p => p.index, StringComparer.Ordinal);
        var termOwner = level.Courses.GroupBy(c => c.Term)
            .ToDictionary(term => term.Key, term => term.Max(c => position[c.InstitutionId]));
        return institutions.Select((institution, index) => new XElement("AcademicRecord",
            PescOrganizations.School(institution.InstitutionId, institution.Name, level.Style.SchoolLevel),
            institution.Awards,
            institution.Summaries,
            index == institutions.Count - 1 ? level.LevelSummaries : null,
            level.Courses.Where(c => c.InstitutionId == institution.InstitutionId)
                .GroupBy(c => c.Term)
                .OrderBy(term => term.Key)
                .Select(term => Session(level, term, termOwner[term.Key] == index)),
            institution.Notes));
    }

    private static XElement Session(PescLevel level, IGrouping<AcademicTerm, PescSessionCourse> courses, bool ownsTermTotals) =>
        new("AcademicSession",
            PescSessions.Detail(courses.Key, level.Style.SessionName(courses.Key)),
            PescGradeLevels.StudentLevel(courses.Select(c => c.GradeLevel)),
            courses.Select(c => c.Course),
            ownsTermTotals ? level.TermSummaries.GetValueOrDefault(courses.Key) : null);
}
