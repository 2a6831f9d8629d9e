using System.Globalization;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// Thread-safe tally of one series of timed reads: the latency of each good answer, the answers that were not (by
/// reason), and apart from both the 429s the service's rate limit gave, which were waited out and retried.
/// </summary>
public sealed class ReadSeries(string label)
{
    private readonly Lock _lock = new();
    private readonly List<double> _milliseconds = [];
    private readonly Dictionary<string, long> _failures = new(StringComparer.Ordinal);
    private long _throttled;

    public string Label => label;

    public long Throttled => Interlocked.Read(ref _throttled);

    public int Succeeded
    {
        get
        {
            lock (_lock)
            {
                return _milliseconds.Count;
            }
        }
    }

    public long FailedCount
    {
        get
        {
            lock (_lock)
            {
                return _failures.Values.Sum();
            }
        }
    }

    public void Record(TimeSpan latency)
    {
        lock (_lock)
        {
            _milliseconds.Add(latency.TotalMilliseconds);
        }
    }

    public void Fail(string reason)
    {
        lock (_lock)
        {
            _failures[reason] = _failures.GetValueOrDefault(reason) + 1;
        }
    }

    public void Throttle() => Interlocked.Increment(ref _throttled);

    public LatencyStats Latency()
    {
        lock (_lock)
        {
            return LatencyStats.Of(_milliseconds);
        }
    }

    public IReadOnlyDictionary<string, long> Failures()
    {
        lock (_lock)
        {
            return new Dictionary<string, long>(_failures, StringComparer.Ordinal);
        }
    }

    /// <summary>The failures as "reason count, ...", or "none".</summary>
    public string DescribeFailures()
    {
        var failures = Failures();
        return failures.Count == 0
            ? "none"
            : string.Join(", ", failures.OrderByDescending(f => f.Value).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key} {f.Value:N0}")));
    }
}
