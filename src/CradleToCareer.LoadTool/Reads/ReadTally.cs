using System.Diagnostics;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Reads;

/// <summary>Thread-safe counts for the read test: status per request, in-flight requests, latency from the scheduled time.</summary>
public sealed class ReadTally
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, long> _statuses = new(StringComparer.Ordinal);
    private long _scheduled;
    private long _inFlight;
    private long _completed;
    private long _lastCompletion;

    public LatencyRecorder Latency { get; } = new();
    public long InFlight => Interlocked.Read(ref _inFlight);
    public long Completed => Interlocked.Read(ref _completed);
    public long LastCompletion => Interlocked.Read(ref _lastCompletion);

    public long ScheduledCount => Interlocked.Read(ref _scheduled);

    public void Scheduled() => Interlocked.Increment(ref _scheduled);

    public void Started() => Interlocked.Increment(ref _inFlight);

    public void Finished(string status, TimeSpan? latency)
    {
        if (latency is { } elapsed)
        {
            Latency.Record(elapsed);
        }
        Count(status);
        Interlocked.Increment(ref _completed);
        Interlocked.Exchange(ref _lastCompletion, Stopwatch.GetTimestamp());
        Interlocked.Decrement(ref _inFlight);
    }

    public void Count(string status)
    {
        lock (_lock)
        {
            _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
        }
    }

    public IReadOnlyDictionary<string, long> Statuses()
    {
        lock (_lock)
        {
            return new Dictionary<string, long>(_statuses);
        }
    }
}
