using System.Globalization;
using System.Xml.Linq;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>K-12 grade levels ("KN", "01".."12") as PESC student levels and, from grade 7 on, course credit levels.</summary>
internal static class PescGradeLevels
{
    private const int FirstCreditGrade = 7;

    private static readonly string[] Levels =
    [
        "Kindergarten", "FirstGrade", "SecondGrade", "ThirdGrade", "FourthGrade", "FifthGrade", "SixthGrade",
        "SeventhGrade", "EighthGrade", "NinthGrade", "TenthGrade", "EleventhGrade", "TwelfthGrade",
    ];

    public static XElement? CourseCreditLevel(string? gradeLevel) =>
        Parse(gradeLevel) is { } grade && grade >= FirstCreditGrade ? new XElement("CourseCreditLevel", Levels[grade]) : null;

    /// <summary>The StudentLevel of a session: the highest grade among its courses, if any is known.</summary>
    public static XElement? StudentLevel(IEnumerable<string?> gradeLevels) =>
        gradeLevels.Select(Parse).Max() is { } grade
            ? new XElement("StudentLevel", new XElement("StudentLevelCode", Levels[grade]))
            : null;

    private static int? Parse(string? gradeLevel) =>
        gradeLevel == "KN" ? 0
        : int.TryParse(gradeLevel, NumberStyles.None, CultureInfo.InvariantCulture, out var grade) && grade is >= 1 and <= 12 ? grade
        : null;
}
