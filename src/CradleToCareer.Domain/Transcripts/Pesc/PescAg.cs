using System.Xml.Linq;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>
/// a-g (rules.md) where PESC has room for it. Per course: a Requirement named after its subject, conditions met
/// when the mark counts (C- or better, or P). Per student: a UserDefined summary whose HighSchoolCreditSummary
/// lists each subject's semesters done (CourseCreditEarned) and required, in unit Other (semesters); the grade
/// 10-11 a-g GPAs as NonWeighted and Weighted summaries.
/// </summary>
internal static class PescAg
{
    private const int RequirementNameLength = 60;
    private const int SubjectNameLength = 30;

    private static readonly Dictionary<string, (string Code, string Name)> Subjects = new(StringComparer.Ordinal)
    {
        ["a"] = ("HistorySocialScience", "History/Social Science"),
        ["b"] = ("English", "English"),
        ["c"] = ("Math", "Mathematics"),
        ["d"] = ("LabScience", "Laboratory Science"),
        ["e"] = ("ForeignLanguage", "Language Other Than English"),
        ["f"] = ("Arts", "Visual and Performing Arts"),
        ["g"] = ("AcademicElective", "College-Preparatory Elective"),
    };

    public static XElement? Requirement(K12Course course) =>
        AgRequirements.SubjectOf(course.AgCategory) is { } subject
            ? new XElement("Requirement",
                new XElement("RAPCode", subject),
                new XElement("RAPName", PescText.Fit($"a-g {Subjects[subject].Name}", RequirementNameLength)),
                new XElement("ConditionsMetCode", AgRequirements.CountedSubject(course) is null ? "No" : "Yes"))
            : null;

    public static IEnumerable<XElement> Summaries(AgSummary ag)
    {
        yield return new XElement("AcademicSummary",
            new XElement("AcademicSummaryType", "UserDefined"),
            PescSummaries.Level(PescLevelStyle.K12),
            PescText.Notes($"UC/CSU a-g subject requirements, in semesters: {(ag.Complete ? "complete" : "not complete")}"),
            new XElement("HighSchoolCreditSummary",
                ag.Subjects.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => SubjectArea(s.Key, s.Value))));

        if (ag.Gpa1011 is { } unweighted)
        {
            yield return Gpa("NonWeighted", unweighted, "UC a-g GPA, grades 10-11");
        }

        if (ag.Gpa1011WeightedCapped is { } weighted)
        {
            yield return Gpa("Weighted", weighted, "UC a-g GPA, grades 10-11, honors weighted, capped");
        }
    }

    private static XElement SubjectArea(string subject, AgSubjectProgress progress)
    {
        var known = Subjects.TryGetValue(subject, out var area);
        return new XElement("HighSchoolSubjectArea",
            new XElement("HighSchoolSubjectAreaCode", known ? area.Code : "Other"),
            PescText.Fit(known ? $"{subject} {area.Name}" : subject, SubjectNameLength) is { } name
                ? new XElement("HighSchoolSubjectAreaName", name)
                : null,
            new XElement("CourseCreditUnits", "Other"),
            new XElement("CreditHoursRequired", progress.Required),
            new XElement("CourseCreditEarned", progress.Done),
            new XElement("CreditHoursDeficient", Math.Max(0, progress.Required - progress.Done)));
    }

    private static XElement Gpa(string type, decimal gpa, string note) =>
        new("AcademicSummary",
            new XElement("AcademicSummaryType", type),
            PescSummaries.Level(PescLevelStyle.K12),
            new XElement("GPA", new XElement("GradePointAverage", PescText.Gpa(gpa))),
            PescText.Notes(note));
}
