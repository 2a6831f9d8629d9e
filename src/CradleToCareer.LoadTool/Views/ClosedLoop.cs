using System.Diagnostics;

namespace CradleToCareer.LoadTool.Views;

/// <summary>
/// Closed-loop load: a fixed number of workers, each sending its next request as soon as its previous one has been
/// answered, so the offered load follows the service's speed.
/// </summary>
public static class ClosedLoop
{
    /// <summary>Calls <paramref name="call"/> once for each index 0..count-1, <paramref name="workers"/> at a time.</summary>
    public static Task ForCountAsync(int count, int workers, Func<int, CancellationToken, Task> call, CancellationToken ct)
    {
        var next = -1;
        return Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            for (var index = Interlocked.Increment(ref next); index < count; index = Interlocked.Increment(ref next))
            {
                await call(index, ct);
            }
        }, ct)));
    }

    /// <summary>
    /// Each worker (numbered 0..workers-1, passed to <paramref name="call"/>) calls again and again until
    /// <paramref name="duration"/> has passed; returns the time until the last call in flight was answered.
    /// </summary>
    public static async Task<TimeSpan> ForDurationAsync(TimeSpan duration, int workers, Func<int, CancellationToken, Task> call, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            while (Stopwatch.GetElapsedTime(start) < duration)
            {
                await call(worker, ct);
            }
        }, ct)));
        return Stopwatch.GetElapsedTime(start);
    }
}
