namespace CradleToCareer.Domain.Alerts;

/// <summary>
/// What one entry of a person's alert ledger says happened. Three of them are alerts of api.md; a risk flag
/// clearing is kept too, though never sent, so that the flag appearing again is recognised as a new alert.
/// </summary>
public enum LedgerMark
{
    MilestoneReached,
    MilestoneRetracted,
    RiskRaised,
    RiskCleared,
}

public static class LedgerMarks
{
    /// <summary>The name stored for the mark (and hashed into its id); for the three alerts, their CloudEvents type.</summary>
    public static string NameOf(LedgerMark mark) => mark switch
    {
        LedgerMark.MilestoneReached => AlertTypes.MilestoneReached,
        LedgerMark.MilestoneRetracted => AlertTypes.MilestoneRetracted,
        LedgerMark.RiskRaised => AlertTypes.RiskRaised,
        LedgerMark.RiskCleared => "c2c.ledger.risk.cleared",
        _ => throw new ArgumentOutOfRangeException(nameof(mark), mark, "Unknown ledger mark."),
    };

    public static LedgerMark Parse(string name)
    {
        foreach (var mark in Enum.GetValues<LedgerMark>())
        {
            if (NameOf(mark) == name)
            {
                return mark;
            }
        }

        throw new ArgumentException($"\"{name}\" is not a ledger mark.", nameof(name));
    }

    /// <summary>The alert a mark is announced as, or null for one that is only kept (a risk flag clearing).</summary>
    public static AlertKind? AlertKindOf(LedgerMark mark) => mark switch
    {
        LedgerMark.MilestoneReached => AlertKind.MilestoneReached,
        LedgerMark.MilestoneRetracted => AlertKind.MilestoneRetracted,
        LedgerMark.RiskRaised => AlertKind.RiskRaised,
        _ => null,
    };
}
