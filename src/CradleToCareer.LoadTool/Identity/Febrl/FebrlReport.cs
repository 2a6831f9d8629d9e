using System.Globalization;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Identity.Febrl;

/// <summary>Turns a FEBRL run into the identity command's report and tables, and checks it against the bars.</summary>
public static class FebrlReport
{
    /// <summary>The review queue's bar (issue 14): at most this share of the records ends in it.</summary>
    public const double MaxReviewShare = 0.02;

    public static RunReport Start(IdentityOptions o, FebrlOptions f, IReadOnlyList<FebrlRecord> records) =>
        new RunReport("C2C identity: FEBRL person records linked through PII")
            .Parameter("file", Path.GetFileName(f.Path))
            .Parameter("arrival order", ArrivalOrders.Name(f.Order))
            .Parameter("seed / tag", $"{o.Seed} / {o.Tag}")
            .Parameter("url", o.Url)
            .Parameter("batch size", o.Batch)
            .Parameter("concurrent requests", o.Concurrency)
            .Parameter("authentication", o.Auth.Describe())
            .Parameter(
                "mapping",
                $"postcode → \"{FebrlStudent.PostalCodePrefix}\" + postcode; soc_sec_id → SSN \"{FebrlStudent.SsnPrefix}\" + id (3-2-4)")
            .Result("records", records.Count)
            .Result("originals / duplicates", $"{records.Count(r => r.IsOriginal):N0} / {records.Count(r => !r.IsOriginal):N0}")
            .Result("birth dates blank", records.Count(r => r.DateOfBirth is null))
            .Result("birth dates left out (not a valid date)", records.Count(r => r.DateOfBirth is not null && FebrlStudent.BirthDate(r.DateOfBirth) is null));

    /// <summary>Adds the linkage and review-queue results; returns the ways the bars were missed.</summary>
    public static List<string> AddRun(
        RunReport report, int records, FebrlOutcome outcome, PassResult pass, ReviewQueueSize before, ReviewQueueSize after)
    {
        var counts = outcome.Counts;
        var growth = after.Total - before.Total;
        double? share = growth is { } items ? (double)items / records : null;
        var shareText = share is { } known ? IdentityReport.Percent(known) : null;
        report
            .Result("true persons", outcome.TruePersons)
            .Result("true pairs", counts.TruePairs)
            .Result("persons assigned", outcome.PersonsAssigned)
            .Result("predicted pairs", counts.PredictedPairs)
            .Result("true-positive pairs", counts.TruePositivePairs)
            .Result("false-positive pairs", counts.FalsePositivePairs)
            .Result("false-negative pairs", counts.FalseNegativePairs)
            .Result("precision", IdentityReport.Ratio(counts.Precision))
            .Result("recall", IdentityReport.Ratio(counts.Recall))
            .Result("F1", IdentityReport.Ratio(counts.F1))
            .Result("review queue growth", growth)
            .Result("review queue share of records", shareText)
            .Result("ingest (events/s)", (long)Math.Round(pass.EventsPerSecond));
        foreach (var (status, count) in pass.Tally.Statuses().OrderByDescending(s => s.Value))
        {
            report.Result($"events {status}", count);
        }

        var misses = new List<string>();
        if (counts.Precision < IdentityReport.MinPrecision)
        {
            misses.Add($"precision {IdentityReport.Ratio(counts.Precision)} < {IdentityReport.MinPrecision.ToString(CultureInfo.InvariantCulture)}");
        }
        if (counts.Recall < IdentityReport.MinRecall)
        {
            misses.Add($"recall {IdentityReport.Ratio(counts.Recall)} < {IdentityReport.MinRecall.ToString(CultureInfo.InvariantCulture)}");
        }
        if (share is null or > MaxReviewShare)
        {
            misses.Add($"review queue {shareText ?? "size unknown"}, the bar is at most {IdentityReport.Percent(MaxReviewShare)} of records");
        }
        report.Result("bar (precision, recall, review queue)", misses.Count == 0 ? "met" : "missed: " + string.Join("; ", misses));
        AddNotes(report, pass, before, after);
        return misses;
    }

    public static ReportTable MissedTable(FebrlOutcome outcome) => new(
        "True pairs missed, by the fields in which the two records differ (as sent)",
        ["records differ in", "true pairs", "missed", "missed, only this differs", "recall"],
        [
            .. outcome.Misses.Select(m => new[]
            {
                m.Label, RunReport.Format(m.TruePairs), RunReport.Format(m.Missed), RunReport.Format(m.MissedOnlyThis),
                m.TruePairs == 0 ? "n/a" : IdentityReport.Ratio((double)(m.TruePairs - m.Missed) / m.TruePairs),
            }),
        ]);

    public static string Markdown(RunReport report, ReportTable table) =>
        "## Identity resolution: FEBRL person records\n\n"
        + "Every record of the file is sent as its own `c2c.k12.enrollment.started` under its own `local:` id, so only PII "
        + "links them; once all are in, every event is sent again, and pairwise precision and recall are counted over the "
        + "person ids the service answered then (each record's person after every later link and merge), against the "
        + "file's ground truth (records rec-n-org and rec-n-dup-k are one person). Produced by "
        + "`CradleToCareer.LoadTool identity --febrl`.\n\n"
        + SummaryWriter.Markdown(report)
        + "\n" + table.Markdown();

    private static void AddNotes(RunReport report, PassResult pass, ReviewQueueSize before, ReviewQueueSize after)
    {
        foreach (var problem in new[] { before.Problem, after.Problem }.OfType<string>().Distinct())
        {
            report.Notes.Add($"review queue: {problem}");
        }
        if (before.Total is > 0 || pass.Tally.Statuses().ContainsKey("duplicate"))
        {
            report.Notes.Add(
                "the service had seen records before this run: each file and order needs a fresh service (an empty database "
                + "or a new embedded host), or records link to an earlier run's persons");
        }
        report.Notes.AddRange(pass.Tally.ErrorSamples().Select(e => $"error: {e}"));
    }
}
