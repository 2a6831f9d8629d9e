using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Pages;

/// <summary>The pages a run times.</summary>
public enum PageKind
{
    AdvisorStudent,
    Caseload,
    StudentRecord,
}

/// <summary>Thread-safe results of the measurement: page latencies and failures by kind, live probe latencies and failures.</summary>
public sealed class PagesTally
{
    public const int MaxSamples = 5;

    private readonly Lock _lock = new();
    private readonly Dictionary<PageKind, List<double>> _pages = Enum.GetValues<PageKind>().ToDictionary(k => k, _ => new List<double>());
    private readonly Dictionary<PageKind, long> _pageFailures = Enum.GetValues<PageKind>().ToDictionary(k => k, _ => 0L);
    private readonly List<double> _fromPost = [];
    private readonly List<double> _fromAck = [];
    private readonly List<string> _samples = [];
    private long _milestoneProbes;
    private long _probeFailures;

    public void Page(PageKind kind, TimeSpan latency)
    {
        lock (_lock)
        {
            _pages[kind].Add(latency.TotalMilliseconds);
        }
    }

    public void PageFailed(PageKind kind, string reason)
    {
        lock (_lock)
        {
            _pageFailures[kind]++;
            Sample($"{kind}: {reason}");
        }
    }

    public void Live(TimeSpan fromPost, TimeSpan fromAck, bool milestone)
    {
        lock (_lock)
        {
            _fromPost.Add(fromPost.TotalMilliseconds);
            _fromAck.Add(fromAck.TotalMilliseconds);
            _milestoneProbes += milestone ? 1 : 0;
        }
    }

    public void ProbeFailed(string reason)
    {
        lock (_lock)
        {
            _probeFailures++;
            Sample($"probe: {reason}");
        }
    }

    public PagesOutcome Snapshot()
    {
        lock (_lock)
        {
            return new PagesOutcome(
                _pages.ToDictionary(p => p.Key, p => LatencyStats.Of(p.Value)),
                new Dictionary<PageKind, long>(_pageFailures),
                LatencyStats.Of(_fromPost),
                LatencyStats.Of(_fromAck),
                _milestoneProbes,
                _probeFailures,
                [.. _samples]);
        }
    }

    private void Sample(string text)
    {
        if (_samples.Count < MaxSamples)
        {
            _samples.Add(text);
        }
    }
}

/// <summary>The results of a run at one moment.</summary>
public sealed record PagesOutcome(
    IReadOnlyDictionary<PageKind, LatencyStats> Pages, IReadOnlyDictionary<PageKind, long> PageFailures, LatencyStats LiveFromPost,
    LatencyStats LiveFromAck, long MilestoneProbes, long ProbeFailures, IReadOnlyList<string> FailureSamples)
{
    public const double PageBarMilliseconds = 100;
    public const double LiveBarMilliseconds = 1_000;

    /// <summary>The bars missed, in words; empty when both are met.</summary>
    public IReadOnlyList<string> Misses()
    {
        var misses = new List<string>();
        foreach (var (kind, stats) in Pages.Where(p => p.Value.Count > 0))
        {
            if (stats.P99 >= PageBarMilliseconds)
            {
                misses.Add($"{PagesReport.Name(kind)}: p99 {stats.P99:F1} ms, not under {PageBarMilliseconds:F0} ms");
            }
        }
        if (PageFailures.Values.Sum() > 0)
        {
            misses.Add($"{PageFailures.Values.Sum():N0} page requests failed");
        }
        if (LiveFromPost.Count == 0 || LiveFromPost.P99 >= LiveBarMilliseconds)
        {
            misses.Add($"live: p99 {LiveFromPost.P99:F0} ms over {LiveFromPost.Count:N0} probes, not under {LiveBarMilliseconds:F0} ms");
        }
        if (ProbeFailures > 0)
        {
            misses.Add($"{ProbeFailures:N0} live probes failed");
        }
        return misses;
    }
}
