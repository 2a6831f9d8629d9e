using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// Ingest throughput: pass 1 with matching on the main host against the same pass on the baseline host, which runs with
/// matching off; their ratio is what the bar judges. Pass 2 (ids known) creates no persons, so its rate is information
/// only. Also checks that the baseline host really linked nothing.
/// </summary>
public static class ThroughputReport
{
    /// <summary>Adds the throughput rows; returns the ratio with / without matching, or null without a baseline host.</summary>
    public static double? Add(RunReport report, Population population, IdentityRun run)
    {
        report
            .Result("ingest with matching (events/s)", Rate(run.Matching))
            .Result("ingest with matching, duration (s)", run.Matching.Tally.ElapsedSeconds);
        double? ratio = run.Baseline is { } baseline ? AddBaseline(report, population, run.Matching, baseline) : null;
        report
            .Result("pass 2, ids known (events/s, information)", Rate(run.Known))
            .Result("pass 2 duration (s)", run.Known.Tally.ElapsedSeconds);
        return ratio;
    }

    private static double AddBaseline(RunReport report, Population population, PassResult matching, PassResult baseline)
    {
        var ratio = baseline.EventsPerSecond > 0 ? matching.EventsPerSecond / baseline.EventsPerSecond : 0;
        var links = LinkageOutcome.Count(population, baseline);
        report
            .Result("ingest without matching, baseline host (events/s)", Rate(baseline))
            .Result("ingest without matching, duration (s)", baseline.Tally.ElapsedSeconds)
            .Result("ratio (with / without matching)", IdentityReport.Ratio(ratio))
            .Result("baseline linked pairs (0 expected with matching off)", links.PredictedPairs)
            .Result("baseline recall (0 expected with matching off)", links.TruePairs == 0 ? "n/a" : IdentityReport.Ratio(links.Recall));
        if (links.PredictedPairs > 0)
        {
            report.Notes.Add(
                $"the baseline host linked {links.PredictedPairs:N0} record pairs, so it seems to match: start it with "
                + "C2C__Identity__Matching__Enabled=false, or the ratio does not measure the cost of matching");
        }
        return ratio;
    }

    private static long Rate(PassResult pass) => (long)Math.Round(pass.EventsPerSecond);
}
