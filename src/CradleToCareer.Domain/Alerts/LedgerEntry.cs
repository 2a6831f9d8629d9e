namespace CradleToCareer.Domain.Alerts;

/// <summary>
/// One entry of a person's alert ledger: the <paramref name="Occurrence"/>-th time (1-based) this mark was made
/// for this milestone or risk flag of this person. <paramref name="Date"/> is the date reached (for a retraction,
/// the date it had been reached) or, for a risk flag, the day the change was seen.
/// </summary>
public sealed record LedgerEntry(string PersonId, string MilestoneId, LedgerMark Mark, DateOnly Date, int Occurrence)
{
    /// <summary>The entry's id: the alert id for the three alerts, derived from what it is about and never from the clock.</summary>
    public string AlertId => AlertIds.For(PersonId, MilestoneId, LedgerMarks.NameOf(Mark), Occurrence);

    public bool IsAnnounced => LedgerMarks.AlertKindOf(Mark) is not null;
}
