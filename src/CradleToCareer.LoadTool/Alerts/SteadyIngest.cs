using System.Diagnostics;
using CradleToCareer.LoadTool.Ingest;

namespace CradleToCareer.LoadTool.Alerts;

/// <summary>
/// Open-loop ingest at a target rate: a batch of <see cref="BatchSize"/> events every <see cref="BatchInterval"/>
/// (so each event's acknowledgement is timed closely), at most <see cref="MaxInFlight"/> batches unanswered. When
/// the service stalls (a kill), the schedule waits for a free slot and then carries on from there rather than catching
/// up in a burst. <paramref name="nextBatch"/> makes batch number n of a size. New batches stop after the duration or
/// <see cref="StopSending"/>, whichever comes first; the call returns when every batch sent has been acknowledged.
/// A batch the service refuses for good stops the whole run through <paramref name="stop"/>.
/// </summary>
public sealed class SteadyIngest(AckingSender sender, Func<long, int, PlannedBatch> nextBatch, int rate, TimeSpan duration, RunStop stop)
{
    public const int MaxInFlight = 8;
    public static readonly TimeSpan BatchInterval = TimeSpan.FromMilliseconds(50);

    private volatile bool _stopping;

    public static int BatchSize(int rate) => Math.Max(1, (int)Math.Round(rate * BatchInterval.TotalSeconds));

    /// <summary>Sends no new batch from now on; <see cref="RunAsync"/> returns once the batches sent are acknowledged.</summary>
    public void StopSending() => _stopping = true;

    public async Task RunAsync(CancellationToken ct)
    {
        var size = BatchSize(rate);
        var interval = TimeSpan.FromSeconds((double)size / rate);
        using var slots = new SemaphoreSlim(MaxInFlight);
        var pending = new List<Task>();
        var started = Stopwatch.GetTimestamp();
        var due = TimeSpan.Zero;
        for (long number = 1; ; number++)
        {
            var wait = due - Stopwatch.GetElapsedTime(started);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }
            await slots.WaitAsync(ct);
            var now = Stopwatch.GetElapsedTime(started);
            if (now >= duration || _stopping)
            {
                break;
            }
            due = (now - due > interval ? now : due) + interval;
            pending.Add(SendAsync(nextBatch(number, size), slots));
        }
        await Task.WhenAll(pending);
    }

    private async Task SendAsync(PlannedBatch batch, SemaphoreSlim slots)
    {
        try
        {
            await stop.GuardAsync(token => sender.SendAsync(batch, token));
        }
        finally
        {
            slots.Release();
        }
    }
}
