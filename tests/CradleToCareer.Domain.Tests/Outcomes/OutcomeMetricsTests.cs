using CradleToCareer.Domain.Outcomes;
using CradleToCareer.Domain.Rules;
using static CradleToCareer.Domain.Tests.Outcomes.OutcomeMembers;

namespace CradleToCareer.Domain.Tests.Outcomes;

public sealed class OutcomeMetricsTests
{
    [Fact]
    public void The_metrics_are_those_of_outcomes_md_in_its_order()
    {
        Assert.Equal(
            ["ag-complete", "finaid-applied", "enrolled-1y", "30-units-2y", "credential-3y"],
            OutcomeMetrics.Of(CohortKinds.Graduates).Select(m => m.Id));
        Assert.Equal(
            ["30-units-1y", "transferred-3y", "credential-3y", "credential-6y", "employed-after-credential-6y"],
            OutcomeMetrics.Of(CohortKinds.Entrants).Select(m => m.Id));
        Assert.Equal([0, 180, 365, 730, 1095, 365, 1095, 1095, 2190, 2190], OutcomeMetrics.All.Select(m => m.WindowDays));
        Assert.Equal(["transferred-3y"], OutcomeMetrics.All.Where(m => m.CommunityCollegesOnly).Select(m => m.Id));
        Assert.Empty(OutcomeMetrics.Of("dropouts"));
    }

    [Theory]
    [InlineData("ag-complete", MilestoneIds.AgComplete, 2025, 6, 12)]
    [InlineData("finaid-applied", MilestoneIds.AidApplicationSubmitted, 2025, 12, 9)]
    [InlineData("enrolled-1y", MilestoneIds.PostsecondaryEnrolled, 2026, 6, 12)]
    [InlineData("30-units-2y", MilestoneIds.ThirtyUnits, 2027, 6, 12)]
    [InlineData("credential-3y", MilestoneIds.CredentialEarned, 2028, 6, 11)]
    public void A_graduates_metric_counts_its_milestone_on_the_last_day_of_the_window_and_not_a_day_later(
        string metricId, string milestoneId, int year, int month, int day)
    {
        var metric = OutcomeMetrics.Of(CohortKinds.Graduates).Single(m => m.Id == metricId);
        var lastDay = new DateOnly(year, month, day);

        Assert.Equal(milestoneId, metric.MilestoneId);
        Assert.True(metric.IsReachedBy(Graduate(milestones: Reached(milestoneId, lastDay))));
        Assert.False(metric.IsReachedBy(Graduate(milestones: Reached(milestoneId, lastDay.AddDays(1)))));
    }

    [Theory]
    [InlineData("30-units-1y", MilestoneIds.ThirtyUnits, 2026, 8, 1)]
    [InlineData("transferred-3y", MilestoneIds.Transferred, 2028, 7, 31)]
    [InlineData("credential-3y", MilestoneIds.CredentialEarned, 2028, 7, 31)]
    [InlineData("credential-6y", MilestoneIds.CredentialEarned, 2031, 7, 31)]
    [InlineData("employed-after-credential-6y", MilestoneIds.EmployedAfterCredential, 2031, 7, 31)]
    public void An_entrants_metric_counts_its_milestone_on_the_last_day_of_the_window_and_not_a_day_later(
        string metricId, string milestoneId, int year, int month, int day)
    {
        var metric = OutcomeMetrics.Of(CohortKinds.Entrants).Single(m => m.Id == metricId);
        var lastDay = new DateOnly(year, month, day);

        Assert.Equal(milestoneId, metric.MilestoneId);
        Assert.True(metric.IsReachedBy(Entrant(milestones: Reached(milestoneId, lastDay))));
        Assert.False(metric.IsReachedBy(Entrant(milestones: Reached(milestoneId, lastDay.AddDays(1)))));
    }

    [Fact]
    public void A_milestone_reached_before_the_start_counts_and_another_milestone_does_not()
    {
        var metric = OutcomeMetrics.Of(CohortKinds.Graduates)[0];

        Assert.True(metric.IsReachedBy(Graduate(milestones: Reached(MilestoneIds.AgComplete, new DateOnly(2024, 12, 31)))));
        Assert.False(metric.IsReachedBy(Graduate(milestones: Reached(MilestoneIds.Graduated, GraduationDay))));
    }

    [Theory]
    [InlineData(InstitutionKinds.CommunityCollege, true)]
    [InlineData(InstitutionKinds.Uc, false)]
    [InlineData(null, false)]
    public void Transferred_counts_only_community_college_entrants(string? kind, bool counted)
    {
        var transferred = OutcomeMetrics.Of(CohortKinds.Entrants).Single(m => m.Id == OutcomeMetrics.TransferredIn3Years);
        var credential = OutcomeMetrics.Of(CohortKinds.Entrants).Single(m => m.Id == "credential-6y");

        Assert.Equal(counted, transferred.Counts(Entrant(kind: kind)));
        Assert.True(credential.Counts(Entrant(kind: kind)));
    }
}
