namespace CradleToCareer.Domain.Events.Parsing;

/// <summary>The closed value lists of events.md and rules.md.</summary>
internal static class Vocabulary
{
    public static readonly string[] Marks = ["A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F", "P", "NP", "I", "W"];
    public static readonly string[] IdentifierSystems = ["ssid", "ccc-id", "csu-id", "uc-id", "csac-id"];
    public const string LocalSystemPrefix = "local:";
    public const string StatewideStudentIdSystem = "ssid";
    public static readonly string[] InstitutionKinds = ["k12-school", "community-college", "csu", "uc", "private-nonprofit", "private-for-profit"];
    public static readonly string[] K12Terms = ["FA", "SP", "SU"];
    public static readonly string[] AgCategories = ["a", "b", "c", "d", "e", "f", "g"];
    public static readonly string[] ExitReasons = ["completed", "transferred", "dropped", "other"];
    public static readonly string[] DiplomaTypes = ["standard", "certificate-of-completion", "other"];
    public static readonly string[] StudentLevels = ["undergraduate", "graduate"];
    public static readonly string[] AwardLevels = ["certificate", "associate", "bachelor", "master", "doctorate"];
    public static readonly string[] AidApplications = ["fafsa", "cadaa"];
    public static readonly string[] AidPrograms = ["cal-grant-a", "cal-grant-b", "cal-grant-c", "pell", "middle-class-scholarship", "other"];
    public static readonly string[] ServicePrograms = ["calfresh", "calworks", "medi-cal", "foster-care", "other"];
}
