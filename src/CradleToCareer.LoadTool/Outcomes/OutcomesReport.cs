using System.Globalization;
using CradleToCareer.LoadTool.Identity;
using CradleToCareer.LoadTool.Reporting;
using CradleToCareer.LoadTool.TranscriptRequests;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// The outcomes run for people: what was asked and what each phase observed, a latency table and each bar with PASS
/// or MISS; as Markdown to paste into docs/performance.md, or as aligned text.
/// </summary>
public sealed record OutcomesReport(RunReport Summary, ReportTable Latency, ReportTable Bars)
{
    public bool Met => Bars.Rows.All(row => row[^1] == "PASS");

    public static OutcomesReport Build(OutcomesOptions o, OutcomesResults r)
    {
        var summary = new RunReport("C2C institution outcomes and research extracts")
            .Parameter("url", o.Url)
            .Parameter("phases", OutcomesPhases.Describe(o.Phases))
            .Parameter("probe cohort", $"{o.Cohort} (probe schools of organization {o.ProbeOrgId})")
            .Parameter("seed / tag", $"{o.Seed} / {o.Tag}");
        if (o.Runs(OutcomesPhase.Setup))
        {
            summary.Parameter("setup: students (journeys)", o.Students);
        }
        if (o.Runs(OutcomesPhase.Big))
        {
            summary.Parameter("big: cohort size / reads per route / concurrency", Text($"{o.CohortSize:N0} / {o.Reads:N0} / {o.Concurrency}"));
        }
        if (o.Runs(OutcomesPhase.Freshness))
        {
            summary.Parameter("freshness: probes / background target (events/s) / at least (s)", Text($"{o.Probes:N0} / {o.Rate:N0} / {o.Seconds:N0}"));
        }
        if (o.Runs(OutcomesPhase.Extract))
        {
            summary.Parameter("extract: cohort members at least / project / research organization", Text($"{o.ExtractSize:N0} / {o.ProjectId} / {o.ResearchOrgId}"))
                .Parameter("host pid (memory)", o.HostPid?.ToString(CultureInfo.InvariantCulture) ?? "not given");
        }
        var latency = new List<string[]>();
        if (r.Setup is { } setup)
        {
            SetupRows(summary, setup);
        }
        if (r.Big is { } big)
        {
            BigRows(summary, big);
            latency.Add(Row(big.Staff.Label, big.Staff.Latency(), big.Staff.Throttled));
            latency.Add(Row(big.Public.Label, big.Public.Latency(), big.Public.Throttled));
        }
        if (r.Freshness is { } freshness)
        {
            FreshnessRows(summary, freshness);
            latency.Add(Row("freshness: probe acknowledged -> shown", freshness.Probes.Latency(), freshness.Probes.Throttled));
        }
        if (r.Extract is { } extract)
        {
            ExtractRows(summary, extract);
        }
        summary.Notes.Add("read latency: from send to the last byte of the answer, successful reads only; a 429 is waited out, retried and counted apart");
        summary.Notes.Add("probe latency: from the diploma's acknowledgement to the answer of the first staff read (every 20 ms) whose cohort size shows it");
        var bars = OutcomesBar.Checks(r);
        return new OutcomesReport(
            summary,
            new ReportTable("Latency (ms)", ["series", "n", "p50", "p95", "p99", "max", "429s"], latency),
            new ReportTable("Bars", ["bar", "measured", "result"], [.. bars.Select(b => new[] { b.Bar, b.Measured, b.Verdict })], 2));
    }

    public string Markdown() =>
        "## Institution outcomes and research extracts\n\n"
        + "Outcome figures of probe schools, read as staff and by the public, how soon a diploma shows in them under a "
        + "steady ingest, and a research extract of a statewide cohort. Produced by `CradleToCareer.LoadTool outcomes`.\n\n"
        + SummaryWriter.Markdown(Summary) + "\n" + Latency.Markdown() + "\n" + Bars.Markdown();

    public void WriteText(TextWriter output)
    {
        SummaryWriter.WriteText(output, Summary);
        Latency.WriteText(output);
        Bars.WriteText(output);
    }

    private static void SetupRows(RunReport summary, SetupOutcome s)
    {
        summary.Result("setup: journey events sent / acknowledged / not accepted",
                Text($"{s.Events:N0} / {s.Counts.EventsAcked:N0} / {s.Counts.NotAcceptedCount:N0}"))
            .Result("setup: ingest (events/s)", s.Counts.AckedPerSecond);
        foreach (var (headline, where) in new[] { (s.Graduates, "statewide"), (s.Entrants, s.Entrants?.Generated.InstitutionId) })
        {
            if (headline is null)
            {
                continue;
            }
            var g = headline.Generated;
            var label = $"setup: {g.Key} {where}";
            summary.Result($"{label}: size (journeys / service)", Text($"{g.Size:N0} / {Size(headline.Served)}"));
            foreach (var metric in g.Metrics)
            {
                var cell = headline.Served?.Metrics.GetValueOrDefault(metric.Id);
                summary.Result($"{label}: {metric.Id} (journeys / service)",
                    Text($"{g.Rate(metric) ?? 0:F4} ({g.Reached(metric):N0}) / {Rate(cell)} ({Count(cell?.Numerator)})"));
            }
            summary.Result($"{label}: social services before d0 (journeys)", Text($"{g.WithSocialServices:N0} of {g.Size:N0}"));
            if (headline.Problem is { } problem)
            {
                summary.Notes.Add($"{label}: {problem}");
            }
        }
        if (s.EntrantsInstitutionCohorts is { } cohorts)
        {
            summary.Result($"setup: cohorts of {s.Entrants?.Generated.InstitutionId} (service)", cohorts);
        }
        summary.Notes.Add("setup: the service also counts what earlier runs sent to the same schools and colleges, and identity matching may split or join a few journeys");
    }

    private static void BigRows(RunReport summary, BigOutcome b)
    {
        summary.Result("big: graduates sent / persons they landed on / ingest (s)",
                Text($"{b.Landed.Students:N0} / {b.Landed.Persons.Count:N0} / {b.Landed.Elapsed.TotalSeconds:F1}"))
            .Result("big: cohort size shown / waited (s)", Text($"{CohortWait.Show(b.Wait.Size)} / {b.Wait.Elapsed.TotalSeconds:F1}"));
        foreach (var series in new[] { b.Staff, b.Public })
        {
            summary.Result($"{series.Label}: p50 / p95 / p99 / max (ms)", Percentiles(series.Latency()))
                .Result($"{series.Label}: failed / 429s (retried)", Text($"{series.DescribeFailures()} / {series.Throttled:N0}"));
        }
    }

    private static void FreshnessRows(RunReport summary, FreshnessOutcome f)
    {
        var p = f.Probes;
        summary.Result("freshness: seed cohort shown / persons", Text($"{CohortWait.Show(f.SeedWait.Size)} / {f.Seeded.Persons.Count:N0}"))
            .Result("freshness: probes sent / shown / over 5 s / never shown", Text($"{p.Sent:N0} / {p.Visible:N0} / {p.Late + p.NotVisible:N0} / {p.NotVisible:N0}"))
            .Result("freshness: probes owed no change (merged / duplicate) / not accepted", Text($"{p.Merged:N0} / {p.Duplicates:N0} / {p.Failed:N0}"))
            .Result("freshness: acknowledged -> shown p50 / p95 / p99 / max (ms)", Percentiles(p.Latency()))
            .Result("freshness: staff reads / 429s", Text($"{p.Reads:N0} / {p.Throttled:N0}"))
            .Result("freshness: background events acknowledged / not accepted / retried attempts",
                Text($"{f.Background.EventsAcked:N0} / {f.Background.NotAcceptedCount:N0} / {f.Background.FailedAttemptCount:N0}"))
            .Result("freshness: background achieved (events/s) over (s)", Text($"{f.Background.AckedPerSecond:N0} over {f.BackgroundElapsed.TotalSeconds:F0}"));
        summary.Notes.AddRange(p.FailureSamples.Select(s => $"freshness: probe not accepted: {s}"));
        summary.Notes.AddRange(f.Background.Samples().Select(s => $"freshness: background event not accepted: {s}"));
        if (p.Duplicates > 0)
        {
            summary.Notes.Add($"freshness: {p.Duplicates:N0} probes were answered duplicate (an earlier run used this tag): use a new --tag");
        }
        if (f.Skipped is { } skipped)
        {
            summary.Notes.Add($"freshness: no probe ran: {skipped}");
        }
    }

    private static void ExtractRows(RunReport summary, ExtractOutcome e)
    {
        var population = e.Population;
        summary.Result("extract: statewide cohort before / graduates added / persons", Text($"{CohortWait.Show(population.StatewideBefore)} / {population.Added:N0} / {population.Persons:N0}"))
            .Result("extract: statewide cohort shown", population.Wait is { } wait ? Text($"{CohortWait.Show(wait.Size)} after {wait.Elapsed.TotalSeconds:F1} s") : "not waited for")
            .Result("extract: id / status", $"{e.ExtractId ?? "n/a"} / {e.Final?.Status ?? "n/a"}")
            .Result("extract: request -> finished (s)", e.ToFinished?.TotalSeconds)
            .Result("extract: processed / total", e.Final?.Progress)
            .Result("extract: rows / generalized / dropped / bytes (summary)", e.Final?.Summary is { } s
                ? Text($"{s.Rows:N0} / {s.Generalized:N0} / {s.Dropped:N0} / {s.Bytes:N0}")
                : null)
            .Result("extract: file rows / bytes / download (s)", e.File is { } file
                ? Text($"{file.Rows:N0} / {file.Bytes:N0} / {e.Download?.TotalSeconds ?? 0:F1}")
                : null)
            .Result("extract: rows with a person id", e.File?.RecordsWithPersonId);
        if (e.Memory is { } memory)
        {
            summary.Result("extract: host RSS before / peak during / after (MiB)", Text($"{Mib(memory.BeforeKiB)} / {Mib(memory.PeakKiB)} / {Mib(memory.AfterKiB)}"))
                .Result("extract: host RSS growth at the peak (MiB)", memory.GrowthMiB);
        }
        if (e.Problem is { } problem)
        {
            summary.Notes.Add($"extract: {problem}");
        }
    }

    private static string[] Row(string series, LatencyStats l, long throttled) =>
        [series, Text($"{l.Count:N0}"), Ms(l.P50), Ms(l.P95), Ms(l.P99), Ms(l.Max), Text($"{throttled:N0}")];

    private static string Percentiles(LatencyStats l) =>
        l.Count == 0 ? "n/a" : Text($"{l.P50:F1} / {l.P95:F1} / {l.P99:F1} / {l.Max:F1} (n = {l.Count:N0})");

    private static string Size(CohortFigures? figures) => figures is null ? "n/a" : CohortWait.Show(figures.Size);

    private static string Rate(FigureCell? cell) => cell?.Rate is { } rate ? rate.ToString("0.0000", CultureInfo.InvariantCulture) : "n/a";

    private static string Count(int? count) => count is { } shown ? shown.ToString("N0", CultureInfo.InvariantCulture) : "n/a";

    private static string Mib(long? kib) => kib is { } value ? (value / 1024.0).ToString("N1", CultureInfo.InvariantCulture) : "n/a";

    private static string Ms(double milliseconds) => milliseconds.ToString("F1", CultureInfo.InvariantCulture);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
