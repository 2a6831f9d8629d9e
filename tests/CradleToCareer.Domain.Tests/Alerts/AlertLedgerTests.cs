using CradleToCareer.Domain.Alerts;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Tests.Alerts;

public sealed class AlertLedgerTests
{
    private const string Person = "p_ledger";
    private static readonly DateOnly Today = new(2026, 11, 29);
    private static readonly DateOnly Submitted = new(2026, 1, 15);

    [Fact]
    public void A_milestone_the_ledger_does_not_hold_is_reached_once()
    {
        var profile = Profile([new ReachedMilestone(MilestoneIds.AidApplicationSubmitted, Submitted)]);

        var change = Assert.Single(AlertLedger.Changes(profile, [], Today));

        Assert.Equal(new LedgerEntry(Person, MilestoneIds.AidApplicationSubmitted, LedgerMark.MilestoneReached, Submitted, 1), change);
    }

    [Fact]
    public void Replaying_against_the_ledger_that_recorded_the_changes_gives_nothing_new()
    {
        var profile = Profile([new ReachedMilestone(MilestoneIds.Graduated, Submitted)], [RiskFlagIds.LowGpa]);
        var recorded = AlertLedger.Changes(profile, [], Today);

        Assert.Empty(AlertLedger.Changes(profile, recorded, Today));
        Assert.Empty(AlertLedger.Changes(profile, recorded, Today.AddDays(3)));
    }

    [Fact]
    public void A_held_milestone_the_profile_lost_is_retracted_with_the_date_it_had_been_reached()
    {
        LedgerEntry[] recorded = [new(Person, MilestoneIds.Graduated, LedgerMark.MilestoneReached, Submitted, 1)];

        var change = Assert.Single(AlertLedger.Changes(Profile([]), recorded, Today));

        Assert.Equal(new LedgerEntry(Person, MilestoneIds.Graduated, LedgerMark.MilestoneRetracted, Submitted, 1), change);
    }

    [Fact]
    public void Reached_again_after_a_retraction_is_a_second_occurrence_with_its_own_id()
    {
        LedgerEntry[] recorded =
        [
            new(Person, MilestoneIds.Graduated, LedgerMark.MilestoneReached, Submitted, 1),
            new(Person, MilestoneIds.Graduated, LedgerMark.MilestoneRetracted, Submitted, 1),
        ];

        var change = Assert.Single(AlertLedger.Changes(Profile([new ReachedMilestone(MilestoneIds.Graduated, Submitted)]), recorded, Today));

        Assert.Equal(2, change.Occurrence);
        Assert.NotEqual(recorded[0].AlertId, change.AlertId);
    }

    [Fact]
    public void A_milestone_still_reached_under_another_date_is_not_a_change()
    {
        LedgerEntry[] recorded = [new(Person, MilestoneIds.Graduated, LedgerMark.MilestoneReached, Submitted, 1)];

        Assert.Empty(AlertLedger.Changes(Profile([new ReachedMilestone(MilestoneIds.Graduated, Submitted.AddDays(40))]), recorded, Today));
    }

    [Fact]
    public void A_risk_flag_that_appears_is_raised_today_and_one_that_clears_is_kept_as_cleared()
    {
        var raised = Assert.Single(AlertLedger.Changes(Profile([], [RiskFlagIds.ChronicAbsence]), [], Today));
        var cleared = Assert.Single(AlertLedger.Changes(Profile([]), [raised], Today.AddDays(1)));

        Assert.Equal(new LedgerEntry(Person, RiskFlagIds.ChronicAbsence, LedgerMark.RiskRaised, Today, 1), raised);
        Assert.Equal(new LedgerEntry(Person, RiskFlagIds.ChronicAbsence, LedgerMark.RiskCleared, Today.AddDays(1), 1), cleared);
        Assert.True(raised.IsAnnounced);
        Assert.False(cleared.IsAnnounced);
    }

    [Fact]
    public void A_risk_flag_that_returns_after_clearing_is_a_new_alert()
    {
        LedgerEntry[] recorded =
        [
            new(Person, RiskFlagIds.LowGpa, LedgerMark.RiskRaised, Today, 1),
            new(Person, RiskFlagIds.LowGpa, LedgerMark.RiskCleared, Today, 1),
        ];

        var change = Assert.Single(AlertLedger.Changes(Profile([], [RiskFlagIds.LowGpa]), recorded, Today));

        Assert.Equal((LedgerMark.RiskRaised, 2), (change.Mark, change.Occurrence));
    }

    [Fact]
    public void Ids_depend_on_the_ledger_position_not_on_the_day_it_was_seen()
    {
        var seenToday = AlertLedger.Changes(Profile([], [RiskFlagIds.LowGpa]), [], Today).Single();
        var seenLater = AlertLedger.Changes(Profile([], [RiskFlagIds.LowGpa]), [], Today.AddDays(5)).Single();

        Assert.Equal(seenToday.AlertId, seenLater.AlertId);
    }

    [Fact]
    public void Ledger_marks_round_trip_through_their_stored_names()
    {
        foreach (var mark in Enum.GetValues<LedgerMark>())
        {
            Assert.Equal(mark, LedgerMarks.Parse(LedgerMarks.NameOf(mark)));
        }

        Assert.Throws<ArgumentException>(() => LedgerMarks.Parse("c2c.alert.unknown"));
    }

    private static StudentProfile Profile(IReadOnlyList<ReachedMilestone> milestones, IReadOnlyList<string>? riskFlags = null) =>
        StudentProjection.Project(Person, [], Today) with { Milestones = milestones, RiskFlags = riskFlags ?? [] };
}
