namespace CradleToCareer.Domain.Rules;

/// <summary>The risk flag ids of rules.md.</summary>
public static class RiskFlagIds
{
    public const string ChronicAbsence = "risk.chronic-absence";
    public const string AgOffTrack = "risk.ag-off-track";
    public const string LowGpa = "risk.low-gpa";
}
