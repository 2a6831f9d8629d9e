using CradleToCareer.Domain.Outcomes;
using CradleToCareer.Domain.Rules;
using static CradleToCareer.Domain.Tests.Outcomes.OutcomeMembers;

namespace CradleToCareer.Domain.Tests.Outcomes;

/// <summary>The worked suppression example of docs/outcomes.md, number for number, so the page cannot drift from the code.</summary>
public sealed class OutcomesDocumentedExampleTests
{
    [Fact]
    public void The_cohort_of_200_reads_as_the_docs_say()
    {
        var enrolled = Reached(MilestoneIds.PostsecondaryEnrolled, GraduationDay.AddDays(60));
        var members = new List<CohortMember>();
        void Add(string sex, bool services, int count, int reached)
        {
            members.AddRange(Graduate(sex, services, enrolled).Times(reached));
            members.AddRange(Graduate(sex, services).Times(count - reached));
        }

        // F 100 (70 reached), M 95 (62), X 5 (3); services: yes = 45 of the F/M reached plus 5 not reached.
        Add("F", true, 25, 23);
        Add("F", false, 75, 47);
        Add("M", true, 25, 22);
        Add("M", false, 70, 40);
        Add("X", false, 5, 3);

        var metric = OutcomeFigures.Of(members).Single().Metrics.Single(m => m.MetricId == "enrolled-1y");

        Assert.Equal(new OutcomeCell(200, 135, 0.675m), metric.All);
        Assert.Equal(new OutcomeCell(150, null, null), metric.SocialServices.Single(c => c.Name == "no").Cell);
        Assert.Equal(new OutcomeCell(50, null, null), metric.SocialServices.Single(c => c.Name == "yes").Cell);
        Assert.Equal(new OutcomeCell(100, 70, 0.7m), metric.Sex.Single(c => c.Name == "F").Cell);
        Assert.Equal(new OutcomeCell(95, 62, 0.6526m), metric.Sex.Single(c => c.Name == "M").Cell);
        Assert.Equal(new OutcomeCell(null, null, null), metric.Sex.Single(c => c.Name == "X").Cell);
        Assert.Equal(new OutcomeCell(null, null, null), metric.Sex.Single(c => c.Name == "unknown").Cell);
    }
}
