using System.Diagnostics;

namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>
/// Open-loop pacing: call i is started at start + i / rate whether or not earlier calls have returned, so a slow service
/// shows up as latency rather than as a lower rate.
/// </summary>
public static class OpenLoop
{
    /// <summary>Starts <paramref name="call"/> for each index 0..count-1 on schedule; returns when every call has returned.</summary>
    public static async Task ForCountAsync(long count, double perSecond, Func<long, CancellationToken, Task> call, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var calls = new List<Task>();
        for (long index = 0; index < count; index++)
        {
            var wait = TimeSpan.FromSeconds(index / perSecond) - Stopwatch.GetElapsedTime(started);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }
            calls.Add(call(index, ct));
        }
        await Task.WhenAll(calls);
    }
}
