namespace CradleToCareer.LoadTool.Reporting;

/// <summary>Nearest-rank percentiles of latencies in milliseconds.</summary>
public sealed record LatencyStats(int Count, double P50, double P95, double P99, double Max)
{
    public static LatencyStats Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return new LatencyStats(
            sorted.Length,
            LatencyRecorder.Percentile(sorted, 50),
            LatencyRecorder.Percentile(sorted, 95),
            LatencyRecorder.Percentile(sorted, 99),
            sorted.Length == 0 ? 0 : sorted[^1]);
    }
}
