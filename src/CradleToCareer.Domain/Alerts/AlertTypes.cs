namespace CradleToCareer.Domain.Alerts;

/// <summary>The CloudEvents <c>type</c> of each alert, as api.md names them.</summary>
public static class AlertTypes
{
    public const string MilestoneReached = "c2c.alert.milestone.reached";
    public const string RiskRaised = "c2c.alert.risk.raised";
    public const string MilestoneRetracted = "c2c.alert.milestone.retracted";

    public static string Of(AlertKind kind) => kind switch
    {
        AlertKind.MilestoneReached => MilestoneReached,
        AlertKind.RiskRaised => RiskRaised,
        AlertKind.MilestoneRetracted => MilestoneRetracted,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown alert kind."),
    };
}
