using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>
/// What differs between the K-12 and the postsecondary records: the credit unit, the summary level, the school
/// level and how a session is named (by our own term spelling).
/// </summary>
internal sealed record PescLevelStyle(string CreditUnit, string? SummaryLevel, string? SchoolLevel, Func<AcademicTerm, string> SessionName)
{
    /// <summary>
    /// California high school credits (5 per semester course) have no PESC unit of their own: "Units". The K-12
    /// record may list an elementary school, so its schools carry no SchoolLevel; its credits are secondary.
    /// </summary>
    public static PescLevelStyle K12 { get; } =
        new("Units", "Secondary", null, term => $"{term.ToSchoolYearName()} {term.Code}");

    public static PescLevelStyle Postsecondary { get; } =
        new("Semester", null, "Postsecondary", term => term.ToPostsecondaryName());
}
