using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Outcomes;

namespace CradleToCareer.LoadTool.Tests.Outcomes;

public sealed class OutcomesOptionsTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 9, 30, 5, DateTimeKind.Utc);

    private static OutcomesOptions Parse(params string[] options) =>
        OutcomesOptions.From(CommandLine.Parse(["outcomes", "--admin-client-id", "admin", "--admin-client-secret", "secret", .. options]), Now);

    [Fact]
    public void Defaults_follow_the_issue()
    {
        var o = Parse();

        Assert.Equal(new Uri("http://127.0.0.1:5080"), o.Url);
        Assert.Equal((2_000, 1_000, 60, 200, 2_000, 8), (o.Students, o.Rate, o.Seconds, o.Probes, o.Reads, o.Concurrency));
        Assert.Equal((100_000, 5_000, 20), (o.ExtractSize, o.CohortSize, o.ExtractSchools));
        Assert.Equal("2025-2026", o.SchoolYear);
        Assert.Equal("graduates:2025-2026", o.Cohort);
        Assert.Null(o.HostPid);
        Assert.Equal(Enum.GetValues<OutcomesPhase>(), o.Phases.Order());
        Assert.Equal("o261207093005", o.Tag);
        Assert.Equal(("loadtest-outcomes-o261207093005", "loadtest-research-o261207093005", "bench-o261207093005"),
            (o.ProbeOrgId, o.ResearchOrgId, o.ProjectId));
    }

    [Fact]
    public void Every_option_is_read()
    {
        var o = Parse(
            "--url", "http://host:81", "--students", "500", "--rate", "0", "--seconds", "30", "--probes", "50", "--reads", "1_000",
            "--concurrency", "4", "--extract-size", "20000", "--cohort-size", "2500", "--school-year", "2023-2024", "--host-pid", "4242",
            "--skip", "setup, freshness", "--seed", "-3", "--tag", "run-1", "--markdown", "out.md", "--timeout", "10", "--org", "lt");

        Assert.Equal(new Uri("http://host:81"), o.Url);
        Assert.Equal((500, 0, 30, 50, 1_000, 4), (o.Students, o.Rate, o.Seconds, o.Probes, o.Reads, o.Concurrency));
        Assert.Equal((20_000, 2_500, 8), (o.ExtractSize, o.CohortSize, o.ExtractSchools));
        Assert.Equal("2023-2024", o.SchoolYear);
        Assert.Equal(4242, o.HostPid);
        Assert.Equal([OutcomesPhase.Big, OutcomesPhase.Extract], o.Phases.Order());
        Assert.Equal((-3, "run-1", "out.md"), (o.Seed, o.Tag, o.Markdown));
        Assert.Equal(TimeSpan.FromSeconds(10), o.Timeout);
        Assert.Equal("lt-outcomes-run-1", o.ProbeOrgId);
    }

    [Theory]
    [InlineData("2026-08-01", "2025-2026")]
    [InlineData("2027-07-31", "2025-2026")]
    [InlineData("2027-08-01", "2026-2027")]
    public void The_default_school_year_is_the_latest_one_ended(string today, string expected) =>
        Assert.Equal(expected, OutcomesOptions.SchoolYearFrom(null, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2025-2027")]
    [InlineData("2025/2026")]
    [InlineData("25-26")]
    [InlineData("2026-2027")]
    public void A_malformed_or_future_school_year_is_refused(string schoolYear) =>
        Assert.Throws<ToolException>(() => Parse("--school-year", schoolYear));

    [Theory]
    [InlineData("--skip", "setup,big,freshness,extract")]
    [InlineData("--skip", "setup,reads")]
    [InlineData("--cohort-size", "10")]
    [InlineData("--students", "20001")]
    [InlineData("--extract-size", "2000001")]
    [InlineData("--reads", "0")]
    [InlineData("--rates", "5")]
    public void Out_of_range_options_and_unknown_names_are_refused(string option, string value) =>
        Assert.Throws<ToolException>(() => Parse(option, value));

    [Fact]
    public void Too_many_extract_schools_are_refused_only_when_the_extract_runs()
    {
        Assert.Throws<ToolException>(() => Parse("--extract-size", "1000000", "--cohort-size", "500"));

        Assert.Equal(2_000, Parse("--extract-size", "1000000", "--cohort-size", "500", "--skip", "extract").ExtractSchools);
    }
}
