using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Alerts;

/// <summary>
/// Compares what a person's alert ledger says with what the profile shows now, and gives the entries that make them
/// agree. The ledger, not the events, decides: replaying the same events against the same ledger gives nothing new,
/// so a catch-up after a crash never alerts a milestone twice.
/// </summary>
public static class AlertLedger
{
    /// <summary>
    /// The new entries, milestones first (in the profile's order, then retractions), then risk flags:
    /// a milestone reached that the ledger does not hold as reached; a milestone the ledger holds as reached that the
    /// profile no longer shows (retracted, dated as it had been reached); a risk flag that appeared; one that cleared.
    /// A milestone that stays reached under a new date (its earliest event retracted, a later one still there) is
    /// not a change: the milestone was reached and still is.
    /// </summary>
    public static IReadOnlyList<LedgerEntry> Changes(StudentProfile profile, IReadOnlyList<LedgerEntry> recorded, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(recorded);
        var person = profile.PersonId;
        var changes = new List<LedgerEntry>();

        var reachedNow = profile.Milestones.ToDictionary(m => m.Id, m => m.ReachedOn, StringComparer.Ordinal);
        foreach (var milestone in profile.Milestones)
        {
            if (Latest(recorded, milestone.Id) is not { Mark: LedgerMark.MilestoneReached })
            {
                changes.Add(Next(recorded, person, milestone.Id, LedgerMark.MilestoneReached, milestone.ReachedOn));
            }
        }

        foreach (var held in HeldIds(recorded, LedgerMark.MilestoneReached, LedgerMark.MilestoneRetracted))
        {
            if (!reachedNow.ContainsKey(held.MilestoneId))
            {
                changes.Add(Next(recorded, person, held.MilestoneId, LedgerMark.MilestoneRetracted, held.Date));
            }
        }

        foreach (var flag in profile.RiskFlags)
        {
            if (Latest(recorded, flag) is not { Mark: LedgerMark.RiskRaised })
            {
                changes.Add(Next(recorded, person, flag, LedgerMark.RiskRaised, today));
            }
        }

        foreach (var held in HeldIds(recorded, LedgerMark.RiskRaised, LedgerMark.RiskCleared))
        {
            if (!profile.RiskFlags.Contains(held.MilestoneId, StringComparer.Ordinal))
            {
                changes.Add(Next(recorded, person, held.MilestoneId, LedgerMark.RiskCleared, today));
            }
        }

        return changes;
    }

    /// <summary>The latest entry of each id whose latest mark is <paramref name="held"/> (of the pair held/released).</summary>
    private static IEnumerable<LedgerEntry> HeldIds(IReadOnlyList<LedgerEntry> recorded, LedgerMark held, LedgerMark released) =>
        recorded
            .Where(e => e.Mark == held || e.Mark == released)
            .GroupBy(e => e.MilestoneId, StringComparer.Ordinal)
            .Select(group => group.Last())
            .Where(e => e.Mark == held);

    private static LedgerEntry? Latest(IReadOnlyList<LedgerEntry> recorded, string milestoneId) =>
        recorded.LastOrDefault(e => e.MilestoneId == milestoneId);

    private static LedgerEntry Next(IReadOnlyList<LedgerEntry> recorded, string person, string milestoneId, LedgerMark mark, DateOnly date) =>
        new(person, milestoneId, mark, date, recorded.Count(e => e.MilestoneId == milestoneId && e.Mark == mark) + 1);
}
