using System.Globalization;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>Turns the population, both passes and the review queue into a report, and checks it against the bar.</summary>
public static class IdentityReport
{
    /// <summary>The bar of rules.md (Identity) for accuracy, and for ingest cost: matching may take at most 30% of throughput.</summary>
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
        ["kind", "applies to", "P(A)", "P(B)", "A records", "B records"],
        [
            .. s.Corruption.Select(c => new[]
            {
                c.Rule.Label, c.Rule.AppliesTo, Percent(c.Rule.SourceA), Percent(c.Rule.SourceB),
                RunReport.Format(c.RecordsA), RunReport.Format(c.RecordsB),
            }),
        ],
        LabelColumns: 2);

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
    public static List<string> AddRun(
        RunReport report, LinkageOutcome outcome, PassResult matching, PassResult known, ReviewQueueSize before, ReviewQueueSize after)
    {
        var counts = outcome.Counts;
        var ratio = known.EventsPerSecond > 0 ? matching.EventsPerSecond / known.EventsPerSecond : 0;
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
            .Result("review queue after pass 1", after.Total)
            .Result("review queue growth in pass 1", after.Total - before.Total)
            .Result("pass 1 (matching) events/s", (long)Math.Round(matching.EventsPerSecond))
            .Result("pass 1 duration (s)", matching.Tally.ElapsedSeconds)
            .Result("pass 2 (ids known) events/s", (long)Math.Round(known.EventsPerSecond))
            .Result("pass 2 duration (s)", known.Tally.ElapsedSeconds)
            .Result("throughput ratio pass 1 / pass 2", Ratio(ratio))
            .Result("pass 2 records on another person than in pass 1", MovedBetweenPasses(matching, known));
        AddStatuses(report, "pass 1", matching);
        AddStatuses(report, "pass 2", known);

        var misses = new List<string>();
        Check(misses, "precision", counts.Precision, MinPrecision);
        Check(misses, "recall", counts.Recall, MinRecall);
        Check(misses, "throughput ratio", ratio, MinThroughputRatio);
        report.Result("bar (precision, recall, throughput ratio)", misses.Count == 0 ? "met" : "missed: " + string.Join("; ", misses));
        AddNotes(report, matching, known, before, after);
        return misses;
    }

    public static string Markdown(RunReport report, params ReportTable[] tables) =>
        "## Identity resolution: synthetic two-source benchmark\n\n"
        + "Two sources describe overlapping synthetic persons, each record under its own `local:` id, so they link only "
        + "through PII. Pass 1 sends every record (matching); pass 2 sends one follow-up per record by its now-known id "
        + "(no matching). Produced by `CradleToCareer.LoadTool identity`.\n\n"
        + SummaryWriter.Markdown(report)
        + string.Concat(tables.Select(t => "\n" + t.Markdown()));

    public static string Percent(double share) => share.ToString("0.#%", CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

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

    private static void AddNotes(RunReport report, PassResult matching, PassResult known, ReviewQueueSize before, ReviewQueueSize after)
    {
        foreach (var problem in new[] { before.Problem, after.Problem }.OfType<string>().Distinct())
        {
            report.Notes.Add($"review queue: {problem}");
        }
        if (after.Total is > 0)
        {
            report.Notes.Add("the review queue size is the service's total, including earlier runs; the growth is this run's");
        }
        if (matching.Tally.Statuses().ContainsKey("duplicate"))
        {
            report.Notes.Add("events answered 'duplicate' were sent before: rerun with a new --tag and --seed to measure matching again");
        }
        report.Notes.AddRange(matching.Tally.ErrorSamples().Select(e => $"pass 1 error: {e}"));
        report.Notes.AddRange(known.Tally.ErrorSamples().Select(e => $"pass 2 error: {e}"));
    }
}
