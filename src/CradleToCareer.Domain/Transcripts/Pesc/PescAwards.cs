using System.Xml.Linq;
using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>
/// Diplomas and awards as AcademicAward: the PESC award level (B18 standard diploma, B22 certificate of completion;
/// 2.0 certificate, 2.3 associate, 2.4 bachelor, 4.2 master, 4.4 doctorate), the date, a title, completed on that
/// date, and for awards the program's CIP code.
/// </summary>
internal static class PescAwards
{
    private const int TitleLength = 400;
    private const int MinCipLength = 6;
    private const int MaxCipLength = 20;

    private static readonly Dictionary<string, (string Level, string Title)> DiplomaTypes = new(StringComparer.Ordinal)
    {
        ["standard"] = ("B18", "High school diploma"),
        ["certificate-of-completion"] = ("B22", "Certificate of completion"),
    };

    private static readonly Dictionary<string, string> AwardLevels = new(StringComparer.Ordinal)
    {
        ["certificate"] = "2.0",
        ["associate"] = "2.3",
        ["bachelor"] = "2.4",
        ["master"] = "4.2",
        ["doctorate"] = "4.4",
    };

    /// <summary>A diploma of type "other" (or any type we do not know) has no PESC level; its title says its type.</summary>
    public static XElement Diploma(Diploma diploma) =>
        DiplomaTypes.TryGetValue(diploma.DiplomaType, out var known)
            ? Award(known.Level, diploma.Date, known.Title, null)
            : Award(null, diploma.Date, $"High school credential ({diploma.DiplomaType})", null);

    public static XElement Award(Award award) =>
        Award(AwardLevels.GetValueOrDefault(award.AwardLevel), award.Date, award.Title, Program(award.ProgramCip));

    private static XElement Award(string? level, DateOnly date, string? title, XElement? program) =>
        new("AcademicAward",
            level is null ? null : new XElement("AcademicAwardLevel", level),
            new XElement("AcademicAwardDate", PescText.Date(date)),
            PescText.Fit(title, TitleLength) is { } fitted ? new XElement("AcademicAwardTitle", fitted) : null,
            new XElement("AcademicCompletionIndicator", "true"),
            new XElement("AcademicCompletionDate", PescText.Date(date)),
            program);

    /// <summary>ProgramCIPCode takes 6 to 20 characters; a shorter CIP code ("24.01") goes to ProgramLocalCode.</summary>
    private static XElement? Program(string? cip) =>
        PescText.Fit(cip, MaxCipLength) is { } code
            ? new XElement("AcademicAwardProgram",
                new XElement(code.Length >= MinCipLength ? "ProgramCIPCode" : "ProgramLocalCode", code),
                new XElement("AcademicProgramType", "Major"))
            : null;
}
