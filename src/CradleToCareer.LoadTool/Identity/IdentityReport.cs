using System.Globalization;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>Turns the population, the passes and the review queue into a report, and checks it against the bar.</summary>
public static class IdentityReport
{
    /// <summary>
    /// The bar of rules.md (Identity) for accuracy, and for ingest cost: with matching, ingest runs at least at 70% of the
    /// rate without it (judged only against a baseline host).
    /// </summary>
    public const double MinPrecision = 0.999;
    public const double MinRecall = 0.99;
    public const double MinThroughputRatio = 0.70;

    public static RunReport Start(string title, IdentityOptions o) =>
        new RunReport(title)
            .Parameter("records per source", o.Records)
            .Parameter("B records of persons also in A", Percent(o.Overlap))
            .Parameter("seed / tag", $"{o.Seed} / {o.Tag}");

    public static RunReport AddPopulation(RunReport report, GeneratorStatistics s) =>
        report
            .Result("true persons", s.Persons)
            .Result("true pairs (A and B record of one person)", s.TruePairs)
            .Result("B records of persons only in B", s.RecordsB - s.TruePairs)
            .Result("twins (persons)", s.Twins)
            .Result("made namesakes (persons)", s.Namesakes)
            .Result("person pairs sharing name and birth year", s.SameNameAndBirthYearPairs)
            .Result("person pairs sharing name and birth date", s.SameNameAndBirthDatePairs)
            .Result("A records with SSN", s.SsnA)
            .Result("B records with SSN", s.SsnB)
            .Result("B records without corruption", s.CleanB);

    public static ReportTable CorruptionTable(GeneratorStatistics s) => new(
        "Injected corruption (each drawn independently per record)",
        ["kind", "--corruption key", "applies to", "P(A)", "P(B)", "A records", "B records"],
        [
            .. s.Corruption.Select(c => new[]
            {
                c.Rule.Label, c.Rule.Key, c.Rule.AppliesTo, Percent(c.Rule.SourceA), Percent(c.Rule.SourceB),
                RunReport.Format(c.RecordsA), RunReport.Format(c.RecordsB),
            }),
        ],
        LabelColumns: 3);

    public static ReportTable MissedTable(LinkageOutcome outcome) => new(
        "True pairs missed, by corruption on the B record",
        ["corruption", "true pairs", "missed", "recall"],
        [
            .. outcome.MissedByCorruption.Select(m => new[]
            {
                m.Label, RunReport.Format(m.TruePairs), RunReport.Format(m.Missed),
                m.TruePairs == 0 ? "n/a" : Ratio((double)(m.TruePairs - m.Missed) / m.TruePairs),
            }),
        ]);

    /// <summary>Adds the linkage, review-queue and throughput results; returns the ways the bar was missed.</summary>
    public static List<string> AddRun(RunReport report, Population population, LinkageOutcome outcome, IdentityRun run)
    {
        var counts = outcome.Counts;
        report
            .Result("predicted pairs", counts.PredictedPairs)
            .Result("true-positive pairs", counts.TruePositivePairs)
            .Result("false-positive pairs: twins", outcome.FalsePositives.Twins)
            .Result("false-positive pairs: namesakes", outcome.FalsePositives.Namesakes)
            .Result("false-positive pairs: other", outcome.FalsePositives.Other)
            .Result("false-negative pairs", counts.FalseNegativePairs)
            .Result("precision", Ratio(counts.Precision))
            .Result("recall", Ratio(counts.Recall))
            .Result("F1", Ratio(counts.F1))
            .Result("review queue after pass 1", run.ReviewsAfter.Total)
            .Result("review queue growth in pass 1", run.ReviewsAfter.Total - run.ReviewsBefore.Total)
            .Result("pass 2 records on another person than in pass 1 (merged by a later record)", MovedBetweenPasses(run.Matching, run.Known));
        var ratio = ThroughputReport.Add(report, population, run);
        AddStatuses(report, "pass 1", run.Matching);
        AddStatuses(report, "pass 2", run.Known);
        if (run.Baseline is { } baseline)
        {
            AddStatuses(report, "baseline pass 1", baseline);
        }

        var misses = new List<string>();
        Check(misses, "precision", counts.Precision, MinPrecision);
        Check(misses, "recall", counts.Recall, MinRecall);
        if (ratio is { } measured)
        {
            Check(misses, "throughput ratio", measured, MinThroughputRatio);
        }
        var bar = ratio is null
            ? "bar (precision and recall only: no --baseline-url, throughput not judged)"
            : "bar (precision, recall, throughput ratio)";
        report.Result(bar, misses.Count == 0 ? "met" : "missed: " + string.Join("; ", misses));
        AddNotes(report, run);
        return misses;
    }

    public static string Markdown(RunReport report, params ReportTable[] tables) =>
        "## Identity resolution: synthetic two-source benchmark\n\n"
        + "Two sources describe overlapping synthetic persons, each record under its own `local:` id, so they link only "
        + "through PII. Pass 1 sends every record, so the service matches each one; with a baseline host (a second "
        + "instance with its own empty database and matching off) the same pass 1 goes there first, and the ratio of "
        + "the two rates is the cost of matching. Pass 2 sends one follow-up per record by its now-known id; its answers "
        + "name each record's person as it stands after every later link and merge, and precision and recall are "
        + "counted over them. Warm-up records, if any, are a separate population sent to each host "
        + "before anything is timed and never scored. Produced by `CradleToCareer.LoadTool identity`.\n\n"
        + SummaryWriter.Markdown(report)
        + string.Concat(tables.Select(t => "\n" + t.Markdown()));

    public static string Percent(double share) => share.ToString("0.#%", CultureInfo.InvariantCulture);

    public static string Ratio(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static long MovedBetweenPasses(PassResult matching, PassResult known) =>
        matching.PersonIdsA.Zip(known.PersonIdsA).Concat(matching.PersonIdsB.Zip(known.PersonIdsB))
            .LongCount(pair => pair.First is not null && pair.First != pair.Second);

    private static void AddStatuses(RunReport report, string pass, PassResult result)
    {
        foreach (var (status, count) in result.Tally.Statuses().OrderByDescending(s => s.Value))
        {
            report.Result($"{pass} events {status}", count);
        }
    }

    private static void Check(List<string> misses, string name, double value, double minimum)
    {
        if (value < minimum)
        {
            misses.Add($"{name} {Ratio(value)} < {minimum.ToString("0.###", CultureInfo.InvariantCulture)}");
        }
    }

    private static void AddNotes(RunReport report, IdentityRun run)
    {
        foreach (var problem in new[] { run.ReviewsBefore.Problem, run.ReviewsAfter.Problem }.OfType<string>().Distinct())
        {
            report.Notes.Add($"review queue: {problem}");
        }
        if (run.ReviewsAfter.Total is > 0)
        {
            report.Notes.Add("the review queue size is the service's total, including earlier runs; the growth is this run's");
        }
        if (run.Matching.Tally.Statuses().ContainsKey("duplicate"))
        {
            report.Notes.Add("events answered 'duplicate' were sent before: rerun with a new --tag and --seed to measure matching again");
        }
        if (run.Baseline?.Tally.Statuses().ContainsKey("duplicate") == true)
        {
            report.Notes.Add("the baseline host answered 'duplicate': give it an empty database, or its rate is not comparable");
        }
        report.Notes.AddRange(run.WarmupErrors);
        report.Notes.AddRange(run.Baseline?.Tally.ErrorSamples().Select(e => $"baseline pass 1 error: {e}") ?? []);
        report.Notes.AddRange(run.Matching.Tally.ErrorSamples().Select(e => $"pass 1 error: {e}"));
        report.Notes.AddRange(run.Known.Tally.ErrorSamples().Select(e => $"pass 2 error: {e}"));
    }
}
