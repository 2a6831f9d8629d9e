namespace CradleToCareer.Domain.Alerts;

/// <summary>Builds alerts, refusing ids that are not milestones (or risk flags) of rules.md and relative links.</summary>
public static class AlertEvents
{
    public static AlertEvent MilestoneReached(
        string alertId, string personId, string milestoneId, DateOnly date, Uri progressLink, DateTimeOffset time)
    {
        RequireMilestone(milestoneId);
        return Build(alertId, AlertKind.MilestoneReached, personId, milestoneId, date, progressLink, time);
    }

    public static AlertEvent RiskRaised(
        string alertId, string personId, string riskFlagId, DateOnly date, Uri progressLink, DateTimeOffset time)
    {
        if (!SubscribableIds.IsRiskFlag(riskFlagId))
        {
            throw new ArgumentException($"\"{riskFlagId}\" is not a risk flag id of rules.md.", nameof(riskFlagId));
        }

        return Build(alertId, AlertKind.RiskRaised, personId, riskFlagId, date, progressLink, time);
    }

    /// <summary>A milestone un-reached by a retraction; <paramref name="reachedDate"/> is the date it had been reached.</summary>
    public static AlertEvent MilestoneRetracted(
        string alertId, string personId, string milestoneId, DateOnly reachedDate, Uri progressLink, DateTimeOffset time)
    {
        RequireMilestone(milestoneId);
        return Build(alertId, AlertKind.MilestoneRetracted, personId, milestoneId, reachedDate, progressLink, time);
    }

    /// <summary>The alert a ledger entry is announced as, or null for an entry that is only kept (a risk flag clearing).</summary>
    public static AlertEvent? Announce(LedgerEntry entry, Uri progressLink, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Mark switch
        {
            LedgerMark.MilestoneReached => MilestoneReached(entry.AlertId, entry.PersonId, entry.MilestoneId, entry.Date, progressLink, time),
            LedgerMark.MilestoneRetracted => MilestoneRetracted(entry.AlertId, entry.PersonId, entry.MilestoneId, entry.Date, progressLink, time),
            LedgerMark.RiskRaised => RiskRaised(entry.AlertId, entry.PersonId, entry.MilestoneId, entry.Date, progressLink, time),
            _ => null,
        };
    }

    private static void RequireMilestone(string milestoneId)
    {
        if (!SubscribableIds.IsMilestone(milestoneId))
        {
            throw new ArgumentException($"\"{milestoneId}\" is not a milestone id of rules.md.", nameof(milestoneId));
        }
    }

    private static AlertEvent Build(
        string alertId, AlertKind kind, string personId, string milestoneId, DateOnly date, Uri progressLink, DateTimeOffset time)
    {
        ArgumentException.ThrowIfNullOrEmpty(alertId);
        ArgumentException.ThrowIfNullOrEmpty(personId);
        ArgumentNullException.ThrowIfNull(progressLink);
        if (!progressLink.IsAbsoluteUri)
        {
            throw new ArgumentException("The progress link must be an absolute URL.", nameof(progressLink));
        }

        return new AlertEvent(alertId, kind, personId, milestoneId, date, progressLink, time);
    }
}
