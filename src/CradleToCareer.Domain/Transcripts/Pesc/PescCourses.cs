using System.Xml.Linq;
using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>
/// One course record as a PESC Course, elements in schema order: regular credit in the level's unit, credits
/// attempted (CourseCreditValue) and earned, the mark, RepeatCounted when the same course code was taken more
/// than once at the institution (every attempt counts in the GPA), the course code as OriginalCourseID and the title.
/// </summary>
internal static class PescCourses
{
    private const int CourseIdLength = 30;
    private const int TitleLength = 60;

    public static XElement K12(K12Course course, bool repeated) =>
        new("Course",
            Credit(PescLevelStyle.K12, PescGradeLevels.CourseCreditLevel(course.GradeLevel), course.CreditsAttempted, course.CreditsEarned),
            Mark(course.Mark, course.CreditsAttempted, repeated, course.Honors ? new XElement("CourseLevel", "Honors") : null),
            Identity(course.CourseCode, course.CourseTitle),
            PescAg.Requirement(course));

    public static XElement Postsecondary(PostsecondaryCourse course, bool repeated) =>
        new("Course",
            Credit(PescLevelStyle.Postsecondary, null, course.UnitsAttempted, course.UnitsEarned),
            Mark(course.Mark, course.UnitsAttempted, repeated, null),
            Identity(course.CourseCode, course.CourseTitle));

    /// <summary>The (institution, course code) pairs with more than one course record.</summary>
    public static HashSet<(string InstitutionId, string CourseCode)> Repeated(IEnumerable<(string InstitutionId, string CourseCode)> courses) =>
        [.. courses.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key)];

    private static IEnumerable<XElement?> Credit(PescLevelStyle style, XElement? creditLevel, decimal attempted, decimal earned) =>
    [
        new XElement("CourseCreditBasis", "Regular"),
        new XElement("CourseCreditUnits", style.CreditUnit),
        creditLevel,
        new XElement("CourseCreditValue", PescText.Number(attempted)),
        new XElement("CourseCreditEarned", PescText.Number(earned)),
    ];

    private static IEnumerable<XElement?> Mark(string mark, decimal attempted, bool repeated, XElement? courseLevel) =>
    [
        .. PescMarks.Grade(mark),
        repeated ? new XElement("CourseRepeatCode", "RepeatCounted") : null,
        PescMarks.QualityPoints(mark, attempted),
        courseLevel,
        PescMarks.GpaApplicability(mark),
    ];

    private static IEnumerable<XElement?> Identity(string code, string title) =>
    [
        PescText.Fit(code, CourseIdLength) is { } id ? new XElement("OriginalCourseID", id) : null,
        PescText.Fit(title, TitleLength) is { } fitted ? new XElement("CourseTitle", fitted) : null,
    ];
}
