namespace CradleToCareer.Domain.Alerts;

/// <summary>The three alerts of api.md; <see cref="AlertTypes.Of"/> gives each one's CloudEvents <c>type</c>.</summary>
public enum AlertKind
{
    MilestoneReached,
    RiskRaised,
    MilestoneRetracted,
}
