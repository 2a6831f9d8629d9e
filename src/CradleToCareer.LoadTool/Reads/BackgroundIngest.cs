using System.Diagnostics;
using CradleToCareer.LoadTool.Generation;
using CradleToCareer.LoadTool.Ingest;

namespace CradleToCareer.LoadTool.Reads;

/// <summary>
/// Keeps ingesting at a fixed rate while reads run: small batches released on a time schedule, at most
/// <see cref="MaxInFlight"/> at once. Its students are new ones (their own seed and id tag), not the read targets.
/// </summary>
public static class BackgroundIngest
{
    public const int MaxInFlight = 4;
    private const int SeedOffset = 1_000_003;

    public static async Task RunAsync(BatchSender sender, int seed, int eventsPerSecond, int maxBatch, TimeSpan duration, CancellationToken ct)
    {
        var batchSize = Math.Clamp(eventsPerSecond / 10, 1, maxBatch);
        var total = (long)eventsPerSecond * (long)duration.TotalSeconds;
        var generator = new JourneyGenerator(seed + SeedOffset, $"bg{seed}");
        var slots = new SemaphoreSlim(MaxInFlight);
        var pending = new List<Task>();
        var start = Stopwatch.GetTimestamp();
        long sent = 0;
        foreach (var chunk in generator.Generate(total, null).Chunk(batchSize))
        {
            var due = TimeSpan.FromSeconds((double)sent / eventsPerSecond) - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, ct);
            }
            await slots.WaitAsync(ct);
            var batch = BatchProducer.Serialize(sent / batchSize + 1, chunk);
            sent += chunk.Length;
            pending.Add(SendAsync(sender, batch, slots, ct));
        }
        await Task.WhenAll(pending);
    }

    private static async Task SendAsync(BatchSender sender, EventBatch batch, SemaphoreSlim slots, CancellationToken ct)
    {
        try
        {
            await sender.SendAsync(batch, ct);
        }
        finally
        {
            slots.Release();
        }
    }
}
