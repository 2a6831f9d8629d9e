using System.Text;
using CradleToCareer.LoadTool.Alerts;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Outcomes;

namespace CradleToCareer.LoadTool.Tests.Outcomes;

public sealed class OutcomesReportTests
{
    private static readonly OutcomesOptions Options = OutcomesOptions.From(
        CommandLine.Parse(["outcomes", "--admin-client-id", "a", "--admin-client-secret", "s", "--tag", "o1", "--host-pid", "4242"]),
        new DateTime(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc));

    private static readonly ProbeSchools Schools = new("o1");

    private static ReadSeries Series(string label, double p99, int failed = 0, int throttled = 0)
    {
        var series = new ReadSeries(label);
        for (var i = 0; i < 1_970; i++)
        {
            series.Record(TimeSpan.FromMilliseconds(2 + (i % 5)));
        }
        for (var i = 0; i < 30; i++)
        {
            series.Record(TimeSpan.FromMilliseconds(p99));
        }
        for (var i = 0; i < failed; i++)
        {
            series.Fail("HTTP 500");
        }
        for (var i = 0; i < throttled; i++)
        {
            series.Throttle();
        }
        return series;
    }

    private static BigOutcome Big(double staffP99 = 6, double publicP99 = 7, int throttled = 0, bool reached = true) => new(
        new LandedCohort(Schools.School(0), 5_000, Enumerable.Range(0, 5_000).Select(i => $"p_{i}").ToHashSet(), TimeSpan.FromSeconds(3)),
        new WaitOutcome(reached, reached ? 5_000 : 4_999, TimeSpan.FromSeconds(2), 9, 0, null),
        Series("GET /v1/institutions/{id}/outcomes (staff)", staffP99),
        Series("GET /v1/public/institutions/{id}/outcomes", publicP99, throttled: throttled));

    private static FreshnessOutcome Freshness(params double[] probeMilliseconds)
    {
        var tally = new ProbeTally();
        foreach (var ms in probeMilliseconds)
        {
            tally.Posted();
            tally.Shown(TimeSpan.FromMilliseconds(ms));
        }
        return new FreshnessOutcome(
            new LandedCohort(Schools.School(1), 20, Enumerable.Range(0, 20).Select(i => $"p_s{i}").ToHashSet(), TimeSpan.FromSeconds(1)),
            new WaitOutcome(true, 20, TimeSpan.FromSeconds(1), 3, 0, null), tally, new IngestCounts(), TimeSpan.FromSeconds(60), null);
    }

    private static ExtractOutcome Extract(double seconds = 12, long summaryRows = 3, string csv = "pseudonym\na\nb\nc\n", string status = "ready")
    {
        var file = new CsvRowCounter();
        file.Feed(Encoding.UTF8.GetBytes(csv));
        file.Finish();
        var state = new ExtractState("x_1", status, 100_000, 100_000, new ExtractFileSummary(summaryRows, 1, 0, 99), "/file", null);
        return new ExtractOutcome(
            new ExtractPopulation(5_220, 94_780, 94_780, new WaitOutcome(true, 100_000, TimeSpan.FromSeconds(4), 5, 0, null)),
            "x_1", state, TimeSpan.FromSeconds(seconds), file, TimeSpan.FromSeconds(1), new RssSamples(400_000, 450_000, 420_000, 60), null);
    }

    private static SetupOutcome Setup(int? numerator)
    {
        var graduate = new StudentMilestones(1, "F", new Graduation("cds:34674390000100", "2022-2023", new DateOnly(2023, 6, 5)),
            null, null, null, null, null, null, null);
        var generated = new GeneratedCohort("graduates:2022-2023", null, [new CohortMemberStart(graduate, new DateOnly(2023, 6, 5))], OutcomeMetric.Graduates);
        var served = new CohortFigures("graduates:2022-2023", 170, new Dictionary<string, FigureCell>
        {
            ["enrolled-1y"] = new(170, numerator, numerator / 170m, null),
        });
        return new SetupOutcome(2_000, 199_000, new IngestCounts(), TimeSpan.FromSeconds(50), new Headline(generated, served, null), null, null);
    }

    private static OutcomesReport Report(
        SetupOutcome? setup = null, BigOutcome? big = null, FreshnessOutcome? freshness = null, ExtractOutcome? extract = null,
        Dictionary<OutcomesPhase, string>? failures = null) =>
        OutcomesReport.Build(Options, new OutcomesResults(
            setup ?? Setup(120), big ?? Big(), freshness ?? Freshness(150, 300, 900), extract ?? Extract(), failures ?? []));

    private static string Verdict(OutcomesReport report, string barStart) =>
        report.Bars.Rows.Single(row => row[0].StartsWith(barStart, StringComparison.Ordinal))[^1];

    [Fact]
    public void A_run_within_every_bar_passes_and_prints_markdown_tables()
    {
        var report = Report();

        Assert.True(report.Met);
        Assert.All(report.Bars.Rows, row => Assert.Equal("PASS", row[^1]));
        var markdown = report.Markdown();
        Assert.StartsWith("## Institution outcomes and research extracts", markdown, StringComparison.Ordinal);
        Assert.Contains("| bar | measured | result |", markdown, StringComparison.Ordinal);
        Assert.Contains("| series | n | p50 | p95 | p99 | max | 429s |", markdown, StringComparison.Ordinal);
        Assert.Contains("| GET /v1/institutions/{id}/outcomes (staff) | 2,000 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **extract: rows / generalized / dropped / bytes (summary)** | **3 / 1 / 0 / 99** |", markdown, StringComparison.Ordinal);
        Assert.Contains("| host pid (memory) | 4242 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **extract: host RSS before / peak during / after (MiB)** | **390.6 / 439.5 / 410.2** |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **setup: graduates:2022-2023 statewide: enrolled-1y (journeys / service)** | **0.0000 (0) / 0.7059 (120)** |", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(19.9, "PASS")]
    [InlineData(20.0, "MISS")]
    public void Reads_pass_only_with_p99_under_20_ms(double p99, string verdict)
    {
        var report = Report(big: Big(staffP99: p99, publicP99: p99));

        Assert.Equal(verdict, Verdict(report, "big: staff read"));
        Assert.Equal(verdict, Verdict(report, "big: public read"));
    }

    [Fact]
    public void Throttled_reads_are_reported_apart_and_miss_nothing()
    {
        var report = Report(big: Big(throttled: 37));

        Assert.Equal("PASS", Verdict(report, "big: public read"));
        Assert.Equal("37", report.Latency.Rows.Single(row => row[0].Contains("public", StringComparison.Ordinal))[^1]);
    }

    [Fact]
    public void A_failed_read_or_a_cohort_short_of_its_persons_misses()
    {
        var big = Big(reached: false) with { Staff = Series("staff", 5, failed: 1) };

        var report = Report(big: big);

        Assert.Equal("MISS", Verdict(report, "big: the cohort shows"));
        Assert.Equal("MISS", Verdict(report, "big: staff read"));
    }

    [Fact]
    public void A_probe_over_5_s_a_probe_never_shown_or_no_probe_at_all_misses()
    {
        var never = Freshness(100);
        never.Probes.Posted();
        never.Probes.NeverShown();

        Assert.Equal("MISS", Verdict(Report(freshness: Freshness(100, 5_001)), "freshness"));
        Assert.Equal("MISS", Verdict(Report(freshness: never), "freshness"));
        Assert.Equal("MISS", Verdict(Report(freshness: Freshness() with { Skipped = "the seed cohort showed 19 of 20 members" }), "freshness"));
        Assert.Equal("PASS", Verdict(Report(freshness: Freshness(4_999)), "freshness"));
    }

    [Fact]
    public void Probes_an_earlier_run_sent_are_not_timed_and_say_so()
    {
        var rerun = Freshness();
        rerun.Probes.Posted();
        rerun.Probes.SentBefore();

        var report = Report(freshness: rerun);

        Assert.Equal("MISS", Verdict(report, "freshness"));
        Assert.Contains(report.Summary.Notes, note => note.Contains("use a new --tag", StringComparison.Ordinal));
    }

    [Fact]
    public void An_extract_that_is_slow_short_or_leaks_a_person_id_misses()
    {
        Assert.Equal("MISS", Verdict(Report(extract: Extract(seconds: 60)), "extract: ready"));
        Assert.Equal("MISS", Verdict(Report(extract: Extract(summaryRows: 4)), "extract: the file"));
        Assert.Equal("MISS", Verdict(Report(extract: Extract(csv: "pseudonym\np_0123456789abcdef0123456789abcdef\nb\nc\n")), "extract: no row"));
        Assert.Equal("MISS", Verdict(Report(extract: Extract(status: "failed") with { Problem = "the extract failed: disk full" }), "extract: ready"));
    }

    [Fact]
    public void Setup_passes_when_a_headline_figure_is_above_zero()
    {
        Assert.Equal("PASS", Verdict(Report(setup: Setup(120)), "setup"));
        Assert.Equal("MISS", Verdict(Report(setup: Setup(0)), "setup"));
        Assert.Equal("MISS", Verdict(Report(setup: Setup(null)), "setup"));
    }

    [Fact]
    public void A_phase_stopped_short_misses_with_its_reason()
    {
        var report = OutcomesReport.Build(Options, new OutcomesResults(
            Setup(120), null, Freshness(100), Extract(), new Dictionary<OutcomesPhase, string> { [OutcomesPhase.Big] = "big: 3 probe events were not accepted" }));

        var row = report.Bars.Rows.Single(r => r[0] == "big: the phase ran to its end");
        Assert.Equal(["big: the phase ran to its end", "big: 3 probe events were not accepted", "MISS"], row);
        Assert.False(report.Met);
    }
}
