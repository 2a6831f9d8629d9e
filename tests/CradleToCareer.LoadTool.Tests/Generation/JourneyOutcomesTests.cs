using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Generation;
using CradleToCareer.LoadTool.Outcomes;

namespace CradleToCareer.LoadTool.Tests.Generation;

/// <summary>
/// The journeys must give the outcome figures of outcomes.md something to count: graduates who apply for aid, enter
/// college, earn units, transfer, earn awards and then wages, with every sex cell and some social services before
/// graduation. 2,000 students, as the outcomes command's setup ingests by default.
/// </summary>
public sealed class JourneyOutcomesTests
{
    private static readonly Lazy<(GeneratedEvent[] Events, IReadOnlyList<StudentMilestones> Students)> Journeys = new(() =>
    {
        var events = new JourneyGenerator(42, "t42").Generate(long.MaxValue, 2_000).ToArray();
        return (events, JourneyMilestones.Of(events));
    });

    private static IReadOnlyList<StudentMilestones> Students => Journeys.Value.Students;

    private static StudentMilestones[] Graduates => [.. Students.Where(s => s.Graduated is not null)];

    [Fact]
    public void Most_students_graduate_with_a_standard_diploma_naming_a_school_year()
    {
        Assert.Equal(2_000, Students.Count);
        Assert.InRange(Share(Graduates.Length, Students.Count), 0.75, 0.99);
        Assert.All(Graduates, g => Assert.Matches(@"^cds:\d{14}$", g.Graduated!.SchoolId));
        Assert.All(Graduates, g => Assert.Equal($"{g.Graduated!.Date.Year - 1}-{g.Graduated.Date.Year}", g.Graduated.SchoolYear));
    }

    [Theory]
    [InlineData("finaid-applied", 0.3)]
    [InlineData("enrolled-1y", 0.3)]
    [InlineData("30-units-2y", 0.1)]
    [InlineData("credential-3y", 0.02)]
    public void Every_graduates_metric_is_reached_by_a_real_share(string metricId, double atLeast)
    {
        var metric = OutcomeMetric.Graduates.Single(m => m.Id == metricId);

        var reached = Graduates.Count(g => metric.ReachedBy(g, g.Graduated!.Date));

        Assert.InRange(Share(reached, Graduates.Length), atLeast, 0.95);
    }

    [Fact]
    public void Graduates_enter_community_colleges_and_four_year_colleges()
    {
        var kinds = Graduates.Where(g => g.Entered is not null).GroupBy(g => g.Entered!.Kind).ToDictionary(k => k.Key ?? "", k => k.Count());

        Assert.True(kinds.GetValueOrDefault(Institution.CommunityCollege) > Graduates.Length / 5, "community-college entrants");
        Assert.True(kinds.GetValueOrDefault(Institution.Csu) + kinds.GetValueOrDefault(Institution.Uc) > Graduates.Length / 20, "CSU and UC entrants");
    }

    [Fact]
    public void Community_college_entrants_transfer_to_csu_or_uc_within_three_years()
    {
        var events = Journeys.Value.Events;
        var entrants = Students.Where(s => s.Entered?.Kind == Institution.CommunityCollege).ToArray();
        var transferred = entrants.Where(s => s.Transferred is { } t && t <= s.Entered!.Term.Start.AddDays(1095)).ToArray();
        var transferredTo = events
            .Where(e => e.Data is PostsecondaryEnrollment && transferred.Any(s => s.Student == e.StudentNumber))
            .Select(e => ((PostsecondaryEnrollment)e.Data).Institution.Kind)
            .ToHashSet();

        Assert.InRange(Share(transferred.Length, entrants.Length), 0.03, 0.6);
        Assert.Contains(Institution.Csu, transferredTo);
        Assert.Contains(Institution.Uc, transferredTo);
    }

    [Fact]
    public void Award_earners_have_wages_in_the_quarters_after_the_award()
    {
        var awarded = Students.Where(s => s.Credential is not null).ToArray();
        var employed = awarded.Count(s => s.EmployedAfterCredential <= s.Credential!.Value.AddDays(2190));
        var entrants = Students.Where(s => s.Entered is not null).ToArray();
        var sixYearCredential = entrants.Count(s => s.Credential <= s.Entered!.Term.Start.AddDays(2190));

        Assert.InRange(Share(employed, awarded.Length), 0.5, 1.0);
        Assert.InRange(Share(sixYearCredential, entrants.Length), 0.1, 0.9);
    }

    [Fact]
    public void Graduates_fill_every_sex_cell_and_some_had_social_services_before_graduating()
    {
        var sexes = Graduates.GroupBy(g => g.Sex ?? "unknown").ToDictionary(g => g.Key, g => g.Count());
        var socialServices = Graduates.Count(g => g.SocialServicesBefore(g.Graduated!.Date));

        Assert.All(["F", "M"], sex => Assert.InRange(Share(sexes.GetValueOrDefault(sex), Graduates.Length), 0.4, 0.6));
        Assert.True(sexes.GetValueOrDefault("X") > 0, "X");
        Assert.True(sexes.GetValueOrDefault("unknown") > 0, "no sex recorded");
        Assert.InRange(Share(socialServices, Graduates.Length), 0.03, 0.5);
    }

    [Fact]
    public void The_headline_cohorts_are_big_enough_to_escape_suppression()
    {
        var asOf = DateOnly.FromDateTime(JourneyGenerator.SimulatedNow);

        var graduates = GeneratedCohort.HeadlineGraduates(Students, asOf);
        var entrants = GeneratedCohort.HeadlineEntrants(Students, asOf);

        Assert.NotNull(graduates);
        Assert.NotNull(entrants);
        Assert.True(graduates.Size > 100, graduates.Key);
        Assert.True(entrants.Size > 10, entrants.Key);
        Assert.All(graduates.Metrics, m => Assert.True(graduates.Reached(m) > 0, m.Id));
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
