using System.Diagnostics;

namespace CradleToCareer.LoadTool.Webhooks;

/// <summary>The end of a webhook run: waiting for the deliveries the service still owes, then listening a little longer.</summary>
public static class WebhookDrain
{
    public static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    /// <summary>How long the receiver keeps listening once every owed delivery has come, for late second ids and redeliveries.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Waits until <paramref name="progress"/> says every owed delivery has arrived (the seconds taken) or
    /// <paramref name="limit"/> passes (null), then <see cref="Settle"/>.
    /// </summary>
    public static async Task<double?> RunAsync(Func<(int Expected, int Received)> progress, TimeSpan limit, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        double? drained = null;
        while (Stopwatch.GetElapsedTime(started) < limit)
        {
            var (expected, received) = progress();
            if (received >= expected)
            {
                drained = Stopwatch.GetElapsedTime(started).TotalSeconds;
                break;
            }
            await Task.Delay(Poll, ct);
        }
        await Task.Delay(Settle, ct);
        return drained;
    }
}
