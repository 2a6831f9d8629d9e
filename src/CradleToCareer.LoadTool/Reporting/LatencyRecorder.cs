namespace CradleToCareer.LoadTool.Reporting;

/// <summary>Thread-safe store of latencies in milliseconds with nearest-rank percentiles.</summary>
public sealed class LatencyRecorder
{
    private readonly List<double> _milliseconds = [];
    private readonly Lock _lock = new();

    public void Record(TimeSpan latency)
    {
        lock (_lock)
        {
            _milliseconds.Add(latency.TotalMilliseconds);
        }
    }

    public LatencySummary Summarize()
    {
        double[] sorted;
        lock (_lock)
        {
            sorted = [.. _milliseconds];
        }
        Array.Sort(sorted);
        return new LatencySummary(sorted.Length, Percentile(sorted, 50), Percentile(sorted, 90), Percentile(sorted, 99), sorted.Length == 0 ? 0 : sorted[^1]);
    }

    /// <summary>Nearest-rank percentile of ascending values; 0 when there are none.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent)
    {
        if (sorted.Count == 0)
        {
            return 0;
        }
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}

public sealed record LatencySummary(int Count, double P50, double P90, double P99, double Max);
