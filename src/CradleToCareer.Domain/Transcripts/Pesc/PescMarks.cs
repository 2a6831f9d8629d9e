using System.Xml.Linq;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>
/// A mark as the grade elements of a PESC Course. Letter marks are on AMCAS grade scale 02 (A+ and A 4.0,
/// A- 3.7 ... D- 0.7, F 0.0: the scale of rules.md), earn quality points and count in the GPA; P, NP, I and W
/// carry a grade status instead, no quality points, and do not count.
/// </summary>
internal static class PescMarks
{
    public const string LetterScale = "02";

    private const int GradeLength = 10;

    private static readonly Dictionary<string, string> UngradedStatus = new(StringComparer.Ordinal)
    {
        ["P"] = "PassFailPass",
        ["NP"] = "PassFailFail",
        ["I"] = "Incomplete",
        ["W"] = "Withdrew",
    };

    /// <summary>CourseAcademicGradeScaleCode, CourseAcademicGrade and CourseAcademicGradeStatusCode, as they apply.</summary>
    public static IEnumerable<XElement> Grade(string mark)
    {
        if (Marks.IsGraded(mark))
        {
            yield return new XElement("CourseAcademicGradeScaleCode", LetterScale);
        }

        if (PescText.Fit(mark, GradeLength) is { } grade)
        {
            yield return new XElement("CourseAcademicGrade", grade);
        }

        if (UngradedStatus.TryGetValue(mark, out var status))
        {
            yield return new XElement("CourseAcademicGradeStatusCode", status);
        }
    }

    /// <summary>Grade points times credits attempted, for letter marks only.</summary>
    public static XElement? QualityPoints(string mark, decimal attempted) =>
        Marks.IsGraded(mark)
            ? new XElement("CourseQualityPointsEarned", PescText.Number(Marks.Points(mark) * attempted))
            : null;

    public static XElement GpaApplicability(string mark) =>
        new("CourseGPAApplicabilityCode", Marks.IsGraded(mark) ? "Applicable" : "NotApplicable");
}
