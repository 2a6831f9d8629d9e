using CradleToCareer.LoadTool.Views;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// Closed-loop reads of one outcomes route: <c>count</c> reads, <c>workers</c> at a time, each timed from send to
/// the last byte and judged. A 429 is not a read: it is counted apart, waited out (<c>Retry-After</c>, else one second,
/// at most <see cref="MaxBackoff"/>) and the read tried again, at most <see cref="MaxAttempts"/> times.
/// </summary>
public static class OutcomeReads
{
    public const int MaxAttempts = 30;
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    public static async Task<ReadSeries> RunAsync(
        string label, int count, int workers, Func<CancellationToken, Task<OutcomesAnswer>> read, Func<OutcomesAnswer, string?> wrong,
        CancellationToken ct)
    {
        var series = new ReadSeries(label);
        var done = 0;
        await PhaseProgress.RunAsync(() => Status(series, Volatile.Read(ref done), count), () =>
            ClosedLoop.ForCountAsync(count, workers, async (_, token) =>
            {
                await ReadOnceAsync(series, read, wrong, token);
                Interlocked.Increment(ref done);
            }, ct));
        return series;
    }

    private static async Task ReadOnceAsync(
        ReadSeries series, Func<CancellationToken, Task<OutcomesAnswer>> read, Func<OutcomesAnswer, string?> wrong, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var answer = await read(ct);
            if (answer.Status != OutcomesAnswer.Throttled)
            {
                if (wrong(answer) is { } reason)
                {
                    series.Fail(reason);
                }
                else
                {
                    series.Record(answer.Latency);
                }
                return;
            }
            series.Throttle();
            var wait = answer.RetryAfter ?? TimeSpan.FromSeconds(1);
            await Task.Delay(wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxBackoff ? MaxBackoff : wait, ct);
        }
        series.Fail($"429 {MaxAttempts} times");
    }

    private static string Status(ReadSeries series, int done, int count)
    {
        var latency = series.Latency();
        return $"{series.Label}: {done:N0}/{count:N0} | p50 {latency.P50:F1} ms p99 {latency.P99:F1} ms | failed {series.FailedCount:N0} | 429 {series.Throttled:N0}";
    }
}
