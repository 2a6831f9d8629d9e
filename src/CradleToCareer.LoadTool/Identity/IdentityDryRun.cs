using System.Diagnostics;
using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Ingest;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Identity;

/// <summary><c>identity --dry-run</c>: what the generator made, how long it took, and one corrupted pair, without a service.</summary>
public static class IdentityDryRun
{
    public static void Print(IdentityOptions o, Population population, Workload warmup, GeneratorStatistics statistics, TimeSpan generation)
    {
        var started = Stopwatch.GetTimestamp();
        var arrivals = Workload.Arrivals(population.SourceA, population.SourceB, o.Tag, o.Order, o.Seed);
        var followUps = Workload.FollowUps(population, o.Tag, o.Order, o.Seed);
        var bytes = SerializedBytes(arrivals.All, o.Batch) + SerializedBytes(followUps.All, o.Batch);
        var serialization = Stopwatch.GetElapsedTime(started);

        var report = IdentityReport.Start("C2C identity: generated population (dry run, no service contacted)", o);
        IdentityReport.AddPopulation(report, statistics)
            .Result("events (pass 1 + pass 2)", arrivals.Count + followUps.Count)
            .Result("baseline host events (pass 1 again, with --baseline-url)", arrivals.Count)
            .Result("warm-up events per host (not scored)", warmup.Count)
            .Result("event payload (MiB)", bytes / 1_048_576.0)
            .Result("populations generated in (ms)", (long)generation.TotalMilliseconds)
            .Result("events built and serialised in (ms)", (long)serialization.TotalMilliseconds);
        SummaryWriter.WriteText(Console.Out, report);
        IdentityReport.CorruptionTable(statistics).WriteText(Console.Out);
        PrintSamplePair(population, o.Tag);
    }

    private static long SerializedBytes(IEnumerable<GeneratedEvent> events, int batchSize) =>
        events.Chunk(batchSize).Select((chunk, i) => (long)BatchProducer.Serialize(i + 1, chunk).Body.Length).Sum();

    /// <summary>The first person in both sources whose B record carries at least two kinds of corruption.</summary>
    private static void PrintSamplePair(Population population, string tag)
    {
        var b = population.SourceB.FirstOrDefault(r =>
            r.PersonIndex < population.SourceA.Count && CountKinds(r.Kinds) >= 2);
        if (b is null)
        {
            return;
        }
        var a = population.SourceA[b.PersonIndex];
        Console.Out.WriteLine();
        Console.Out.WriteLine($"  sample true pair; B record corrupted by: {b.Kinds}");
        Console.Out.WriteLine($"    A: {EventJson.ToJson(IdentityEvents.Arrival(a, tag))}");
        Console.Out.WriteLine($"    B: {EventJson.ToJson(IdentityEvents.Arrival(b, tag))}");
    }

    private static int CountKinds(CorruptionKinds kinds) => System.Numerics.BitOperations.PopCount((uint)kinds);
}
