using System.Globalization;
using CradleToCareer.LoadTool.TranscriptRequests;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// The bars of the outcomes issue, for the phases that ran: setup's figures not all zero; the big cohort shown whole
/// and both reads of it at p99 under 20 ms, every read a good answer (429s apart); every freshness probe shown within
/// 5 s of its acknowledgement; the extract ready within 60 s, its file as long as its summary says and free of person
/// ids. A phase stopped short misses its bar; a bar with nothing measured is missed.
/// </summary>
public static class OutcomesBar
{
    public const double MaxReadP99Milliseconds = 20;
    public const double MaxExtractSeconds = 60;

    public static IReadOnlyList<BarCheck> Checks(OutcomesResults r)
    {
        var checks = new List<BarCheck>();
        checks.AddRange(r.Failures.OrderBy(f => f.Key).Select(f =>
            new BarCheck($"{OutcomesPhases.Names.Name(f.Key)}: the phase ran to its end", f.Value, false)));
        if (r.Setup is { } setup)
        {
            checks.Add(Setup(setup));
        }
        if (r.Big is { } big)
        {
            checks.AddRange(Big(big));
        }
        if (r.Freshness is { } freshness)
        {
            checks.Add(Freshness(freshness));
        }
        if (r.Extract is { } extract)
        {
            checks.AddRange(Extract(extract));
        }
        return checks;
    }

    public static BarCheck Setup(SetupOutcome s)
    {
        var served = new[] { s.Graduates, s.Entrants }.OfType<Headline>().ToArray();
        var above = served.Count(h => SetupPhase.AnyAboveZero(h.Served));
        return new BarCheck(
            "setup: the service's outcome figures for the journeys are not all zero",
            Text($"{above} of {served.Length} headline cohorts show a figure above zero (small ones may be all suppressed)"),
            above > 0);
    }

    public static IEnumerable<BarCheck> Big(BigOutcome b)
    {
        yield return new BarCheck(
            "big: the cohort shows every person its diplomas landed on",
            Text($"size {CohortWait.Show(b.Wait.Size)} of {b.Landed.Persons.Count:N0} persons ({b.Landed.Students:N0} students) after {b.Wait.Elapsed.TotalSeconds:F1} s"),
            b.Wait.Reached);
        yield return Read("staff", b.Staff);
        yield return Read("public", b.Public);
    }

    public static BarCheck Freshness(FreshnessOutcome f)
    {
        var p = f.Probes;
        var latency = p.Latency();
        var exceeded = p.Late + p.NotVisible;
        var measured = f.Skipped ?? Text($"{exceeded:N0} of {p.Sent:N0} probes over 5 s ({p.NotVisible:N0} never shown); max {latency.Max:F0} ms; ") +
            Text($"merged {p.Merged:N0}, duplicate {p.Duplicates:N0}, not accepted {p.Failed:N0}");
        return new BarCheck("freshness: every probe shown within 5 s of its acknowledgement", measured,
            f.Skipped is null && p.Visible > 0 && exceeded == 0 && p.Failed == 0);
    }

    public static IEnumerable<BarCheck> Extract(ExtractOutcome e)
    {
        var ready = e.Final?.Status == ExtractState.Ready;
        yield return new BarCheck(
            $"extract: ready within {MaxExtractSeconds:F0} s",
            e.Problem is { } problem && !ready ? problem
            : Text($"{e.ToFinished?.TotalSeconds ?? 0:F1} s for {e.Final?.Summary?.Rows ?? 0:N0} rows"),
            ready && e.ToFinished?.TotalSeconds < MaxExtractSeconds);
        yield return new BarCheck(
            "extract: the file holds as many rows as its summary says",
            e.File is { } file ? Text($"{file.Rows:N0} rows read, summary {e.Final?.Summary?.Rows.ToString("N0", CultureInfo.InvariantCulture) ?? "n/a"}") : "no file read",
            e.File is not null && e.Final?.Summary is { } summary && summary.Rows == e.File.Rows);
        yield return new BarCheck(
            "extract: no row holds a person id",
            e.File is { } read ? Text($"{read.RecordsWithPersonId:N0} rows with a person id") : "no file read",
            e.File is { RecordsWithPersonId: 0 });
    }

    private static BarCheck Read(string who, ReadSeries series)
    {
        var latency = series.Latency();
        var failed = series.FailedCount;
        return new BarCheck(
            $"big: {who} read p99 < {MaxReadP99Milliseconds:F0} ms, every read answered",
            latency.Count == 0
                ? Text($"no read succeeded (failed: {series.DescribeFailures()})")
                : Text($"p99 {latency.P99:F1} ms (n = {latency.Count:N0}); failed {failed:N0}; 429s {series.Throttled:N0}"),
            latency.Count > 0 && latency.P99 < MaxReadP99Milliseconds && failed == 0);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
