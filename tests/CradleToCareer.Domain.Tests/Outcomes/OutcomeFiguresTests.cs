using CradleToCareer.Domain.Outcomes;
using CradleToCareer.Domain.Rules;
using static CradleToCareer.Domain.Tests.Outcomes.OutcomeMembers;

namespace CradleToCareer.Domain.Tests.Outcomes;

public sealed class OutcomeFiguresTests
{
    private static readonly DateOnly TransferDeadline = new(2028, 7, 31);

    private static MetricOutcome Metric(CohortOutcomes cohort, string metricId) => cohort.Metrics.Single(m => m.MetricId == metricId);

    private static OutcomeCell[] Cells(IReadOnlyList<NamedCell<OutcomeCell>> cells) => cells.Select(c => c.Cell).ToArray();

    [Fact]
    public void Cohorts_are_grouped_by_key_and_ordered_by_it()
    {
        var members = new[]
        {
            Graduate(),
            Entrant(),
            Entrant() with { Cohort = "entrants:2024-FA", Start = new DateOnly(2024, 8, 1) },
            Graduate() with { InstitutionId = OutcomeProfiles.OtherHighSchool },
        };

        var cohorts = OutcomeFigures.Of(members);

        Assert.Equal(["entrants:2024-FA", "entrants:2025-FA", "graduates:2024-2025"], cohorts.Select(c => c.Cohort));
        Assert.Empty(OutcomeFigures.Of([]));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(10, null)]
    [InlineData(11, 11)]
    public void A_cohort_size_is_suppressed_from_1_to_10(int members, int? size) =>
        Assert.Equal(size, OutcomeFigures.CohortOf(GraduatesCohort, Graduate().Times(members).ToList()).Size);

    [Fact]
    public void Graduates_have_their_five_metrics_and_no_median()
    {
        var cohort = Assert.Single(OutcomeFigures.Of(Graduate().Times(12)));

        Assert.Equal(["ag-complete", "finaid-applied", "enrolled-1y", "30-units-2y", "credential-3y"], cohort.Metrics.Select(m => m.MetricId));
        Assert.Null(cohort.MedianWagesAfterCredential);
    }

    [Fact]
    public void A_graduates_metric_is_counted_and_suppressed_cell_by_cell()
    {
        var reached = Graduate("F", false, Reached(MilestoneIds.AgComplete, GraduationDay)).Times(15);
        var late = Graduate("M", true, Reached(MilestoneIds.AgComplete, GraduationDay.AddDays(1))).Times(12);
        var none = Graduate("X").Times(3);

        var agComplete = Metric(Assert.Single(OutcomeFigures.Of([.. reached, .. late, .. none])), "ag-complete");

        Assert.Equal(new OutcomeCell(30, 15, 0.5m), agComplete.All);
        Assert.Equal(["F", "M", "X", "unknown"], agComplete.Sex.Select(c => c.Name));
        Assert.Equal(
            [new OutcomeCell(15, 15, 1m), new OutcomeCell(12, 0, 0m), new OutcomeCell(null, null, null), new OutcomeCell(null, null, null)],
            Cells(agComplete.Sex));
        Assert.Equal(["no", "yes"], agComplete.SocialServices.Select(c => c.Name));
        Assert.Equal([new OutcomeCell(18, null, null), new OutcomeCell(12, null, null)], Cells(agComplete.SocialServices));
    }

    [Fact]
    public void Transferred_counts_community_college_entrants_only()
    {
        var transferred = Entrant("F", milestones: Reached(MilestoneIds.Transferred, TransferDeadline)).Times(12);
        var tooLate = Entrant("M", milestones: Reached(MilestoneIds.Transferred, TransferDeadline.AddDays(1))).Times(13);
        var university = Entrant("F", kind: InstitutionKinds.Uc, milestones: Reached(MilestoneIds.Transferred, FallStart)).Times(20);

        var cohort = Assert.Single(OutcomeFigures.Of([.. transferred, .. tooLate, .. university]));

        Assert.Equal(45, cohort.Size);
        Assert.Equal(
            ["30-units-1y", "transferred-3y", "credential-3y", "credential-6y", "employed-after-credential-6y"],
            cohort.Metrics.Select(m => m.MetricId));
        var metric = Metric(cohort, OutcomeMetrics.TransferredIn3Years);
        Assert.Equal(new OutcomeCell(25, 12, 0.48m), metric.All);
        Assert.Equal([new OutcomeCell(12, 12, 1m), new OutcomeCell(13, 0, 0m), new OutcomeCell(0, 0, null), new OutcomeCell(0, 0, null)], Cells(metric.Sex));
        Assert.Equal(new OutcomeCell(45, 0, 0m), Metric(cohort, "credential-6y").All);
    }

    [Fact]
    public void Transferred_is_left_out_when_no_member_entered_a_community_college()
    {
        var cohort = Assert.Single(OutcomeFigures.Of([.. Entrant(kind: InstitutionKinds.Csu).Times(20), .. Entrant(kind: null).Times(5)]));

        Assert.Equal(["30-units-1y", "credential-3y", "credential-6y", "employed-after-credential-6y"], cohort.Metrics.Select(m => m.MetricId));
        Assert.NotNull(cohort.MedianWagesAfterCredential);
    }

    [Fact]
    public void A_cohort_of_an_unknown_kind_has_only_its_size()
    {
        var cohort = OutcomeFigures.CohortOf("dropouts:2025", Graduate().Times(11).ToList());

        Assert.Equal(("dropouts:2025", 11), (cohort.Cohort, cohort.Size));
        Assert.Empty(cohort.Metrics);
        Assert.Null(cohort.MedianWagesAfterCredential);
    }

    [Fact]
    public void Entrants_carry_the_median_wages_after_credential()
    {
        var members = Enumerable.Range(1, 11).Select(i => Entrant("M", wages: i * 1_000m)).Concat(Entrant("F").Times(4));

        var median = Assert.Single(OutcomeFigures.Of(members)).MedianWagesAfterCredential!;

        Assert.Equal(new MedianCell(11, 6_000m), median.All);
        Assert.Equal([0, 11, 0, 0], median.Sex.Select(c => c.Cell.Denominator));
    }
}
