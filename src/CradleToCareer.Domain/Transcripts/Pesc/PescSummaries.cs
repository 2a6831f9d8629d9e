using System.Xml.Linq;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>
/// AcademicSummary elements with credits and GPA. Our totals count every institution of the level, so they are of
/// summary type All; the running totals through a term are of type Cumulative. A null GPA (nothing graded) is left out.
/// </summary>
internal static class PescSummaries
{
    public const string All = "All";
    public const string Cumulative = "Cumulative";

    /// <summary>A term's own totals, then the cumulative ones through its end.</summary>
    public static IReadOnlyList<XElement> Term(
        PescLevelStyle style, decimal attempted, decimal earned, decimal? gpa, decimal cumulativeEarned, decimal? cumulativeGpa) =>
    [
        Totals(style, All, attempted, earned, gpa),
        Totals(style, Cumulative, null, cumulativeEarned, cumulativeGpa),
    ];

    public static XElement Totals(PescLevelStyle style, string type, decimal? attempted, decimal earned, decimal? gpa) =>
        new("AcademicSummary",
            new XElement("AcademicSummaryType", type),
            Level(style),
            new XElement("GPA",
                attempted is { } a ? new XElement("CreditHoursAttempted", PescText.Number(a)) : null,
                new XElement("CreditHoursEarned", PescText.Number(earned)),
                new XElement("CreditUnit", style.CreditUnit),
                gpa is { } g ? new XElement("GradePointAverage", PescText.Gpa(g)) : null));

    public static XElement? Level(PescLevelStyle style) =>
        style.SummaryLevel is null ? null : new XElement("AcademicSummaryLevel", style.SummaryLevel);
}
