using CradleToCareer.Domain.Outcomes;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;
using static CradleToCareer.Domain.Tests.Outcomes.OutcomeMembers;

namespace CradleToCareer.Domain.Tests.Outcomes;

/// <summary>Random cohorts checked against counts taken the slow, obvious way.</summary>
public sealed class OutcomeFiguresPropertyTests
{
    private static readonly string[] Sexes = ["F", "M", "X", "unknown", "f"];
    private static readonly string?[] Kinds = [InstitutionKinds.CommunityCollege, InstitutionKinds.Uc, null];

    private static CohortMember RandomMember(Random random)
    {
        var member = random.Next(2) == 0 ? Graduate() : Entrant(kind: Kinds[random.Next(Kinds.Length)]);
        var milestones = MilestoneIds.All
            .Where(_ => random.Next(3) > 0)
            .Select(id => new ReachedMilestone(id, member.Start.AddDays(random.Next(-30, 2300))))
            .ToList();
        return member with
        {
            Sex = Sexes[random.Next(Sexes.Length)],
            SocialServices = random.Next(4) == 0,
            Milestones = milestones,
            WagesAfterCredential = random.Next(3) == 0 ? random.Next(0, 90_000) : null,
        };
    }

    private static void AssertGroup<TCell>(
        int? shownAll, int rawAll, IReadOnlyList<NamedCell<TCell>> cells, Func<TCell, int?> shown, Func<string, int> raw)
    {
        Assert.Equal(OutcomeSuppression.IsSmall(rawAll) ? null : rawAll, shownAll);
        Assert.Equal(rawAll, cells.Sum(c => raw(c.Name)));
        foreach (var cell in cells)
        {
            Assert.True(shown(cell.Cell) is null || shown(cell.Cell) == raw(cell.Name));
            Assert.False(OutcomeSuppression.IsSmall(raw(cell.Name)) && shown(cell.Cell) is not null);
        }

        if (shownAll is not null)
        {
            Assert.NotEqual(1, cells.Count(c => shown(c.Cell) is null));
        }

        if (shownAll is { } all && cells.All(c => shown(c.Cell) is not null))
        {
            Assert.Equal(all, cells.Sum(c => shown(c.Cell)!.Value));
        }
    }

    [Fact]
    public void Shown_cells_are_the_true_counts_add_up_to_all_and_never_leave_one_cell_alone_suppressed()
    {
        var random = new Random(20261207);
        for (var round = 0; round < 300; round++)
        {
            var members = Enumerable.Range(0, random.Next(0, 120)).Select(_ => RandomMember(random)).ToList();
            foreach (var cohort in OutcomeFigures.Of(members))
            {
                var inCohort = members.Where(m => m.Cohort == cohort.Cohort).ToList();
                foreach (var metric in cohort.Metrics)
                {
                    var definition = OutcomeMetrics.All.Single(m => m.Id == metric.MetricId && cohort.Cohort.StartsWith(m.CohortKind, StringComparison.Ordinal));
                    var counted = inCohort.Where(definition.Counts).ToList();
                    var reached = counted
                        .Where(m => m.Milestones.Any(x => x.Id == definition.MilestoneId && x.ReachedOn <= m.Start.AddDays(definition.WindowDays)))
                        .ToList();
                    int BySex(List<CohortMember> people, string cell) => people.Count(m => OutcomeBreakdowns.SexCell(m.Sex) == cell);
                    int BySocial(List<CohortMember> people, string cell) => people.Count(m => (m.SocialServices ? "yes" : "no") == cell);

                    AssertGroup(metric.All.Denominator, counted.Count, metric.Sex, c => c.Denominator, cell => BySex(counted, cell));
                    AssertGroup(metric.All.Denominator, counted.Count, metric.SocialServices, c => c.Denominator, cell => BySocial(counted, cell));
                    if (metric.All.Numerator is not null)
                    {
                        AssertGroup(metric.All.Numerator, reached.Count, metric.Sex, c => c.Numerator, cell => BySex(reached, cell));
                        AssertGroup(metric.All.Numerator, reached.Count, metric.SocialServices, c => c.Numerator, cell => BySocial(reached, cell));
                    }
                }

                if (cohort.MedianWagesAfterCredential is { } median)
                {
                    var qualifying = inCohort.Where(m => m.WagesAfterCredential is not null).ToList();
                    AssertGroup(median.All.Denominator, qualifying.Count, median.Sex, c => c.Denominator, cell => qualifying.Count(m => OutcomeBreakdowns.SexCell(m.Sex) == cell));
                }
            }
        }
    }
}
