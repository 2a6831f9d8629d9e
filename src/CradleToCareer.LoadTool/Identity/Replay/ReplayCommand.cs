using System.Globalization;
using CradleToCareer.LoadTool.Identity.Febrl;
using Sent = CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Identity.Replay;

/// <summary>
/// <c>identity --replay</c>: the generator's two sources (A then B) or a FEBRL file (in the chosen order) through
/// <see cref="MatchReplay"/>, scored pairwise like the runs against the service. Prints one line a person can compare
/// run to run. Exit code 0: a replay judges no bar.
/// </summary>
public static class ReplayCommand
{
    public static int Run(IdentityOptions o)
    {
        var (label, students, truth) = o.Febrl is { } febrl ? FromFebrl(febrl, o.Seed) : FromGenerator(o);
        var result = new MatchReplay().Run(students);
        var counts = PairwiseMetrics.Compare(truth, [.. result.PersonOf.Select(p => p.ToString(CultureInfo.InvariantCulture))]);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"replay {label}: {students.Count:N0} records, precision {counts.Precision:F4}, recall {counts.Recall:F4}, F1 {counts.F1:F4}, "
            + $"false pairs {counts.FalsePositivePairs:N0}, missed pairs {counts.FalseNegativePairs:N0}, "
            + $"review queue {result.Reviews:N0} ({(double)result.Reviews / students.Count:P1}), matcher merges {result.Merges:N0}"));
        return 0;
    }

    private static (string, IReadOnlyList<Sent.StudentBlock>, int[]) FromFebrl(FebrlOptions febrl, int seed)
    {
        var file = FebrlCsv.ReadFile(febrl.Path);
        var arrival = ArrivalOrders.Arrange(file, febrl.Order, seed);
        var students = arrival.Select(p => FebrlStudent.Of(file[p], new Sent.StudentId("local", file[p].RecId))).ToList();
        return ($"{Path.GetFileName(febrl.Path)} {ArrivalOrders.Name(febrl.Order)}", students, [.. arrival.Select(p => file[p].PersonNumber)]);
    }

    private static (string, IReadOnlyList<Sent.StudentBlock>, int[]) FromGenerator(IdentityOptions o)
    {
        var population = Population.Generate(o.Records, o.Overlap, o.Seed, o.Tag, o.Corruption);
        var records = SourceOrders.Arrange(population.SourceA, population.SourceB, o.Order, o.Seed).SelectMany(stage => stage).ToList();
        return ($"generator {o.Records:N0} + {o.Records:N0} seed {o.Seed} {SourceOrders.Name(o.Order)}",
            [.. records.Select(r => r.Student)], [.. records.Select(r => r.PersonIndex)]);
    }
}
