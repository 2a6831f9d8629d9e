using System.Globalization;

namespace CradleToCareer.LoadTool.Views;

/// <summary>The bar of the views issue: transcript p99 under 50 ms in both formats, progress at least half the reference throughput, nothing failed.</summary>
public static class ViewsBar
{
    public const double MaxTranscriptP99Milliseconds = 50;
    public const double MinProgressRatio = 0.5;

    /// <summary>Each way the run missed the bar, as a sentence; empty when it was met.</summary>
    public static IReadOnlyList<string> Misses(double jsonP99, double jwsP99, double? progressRatio, long failedRequests)
    {
        var misses = new List<string>();
        foreach (var (format, p99) in new[] { ("JSON", jsonP99), ("JWS", jwsP99) })
        {
            if (p99 >= MaxTranscriptP99Milliseconds)
            {
                misses.Add(string.Create(CultureInfo.InvariantCulture, $"{format} transcript p99 {p99:F1} ms is not under {MaxTranscriptP99Milliseconds} ms"));
            }
        }
        if (progressRatio is null)
        {
            misses.Add("no reference request succeeded, so the progress throughput cannot be compared");
        }
        else if (progressRatio < MinProgressRatio)
        {
            misses.Add(string.Create(CultureInfo.InvariantCulture, $"progress throughput is {progressRatio:F2} of the reference, below {MinProgressRatio}"));
        }
        if (failedRequests > 0)
        {
            misses.Add(string.Create(CultureInfo.InvariantCulture, $"{failedRequests:N0} requests failed"));
        }
        return misses;
    }
}
