using System.Diagnostics;
using CradleToCareer.LoadTool.Ingest;

namespace CradleToCareer.LoadTool.Alerts;

/// <summary>Thread-safe counts of the measured ingest: events sent and acknowledged, answers by status, failed attempts by reason.</summary>
public sealed class IngestCounts
{
    public const int MaxSamples = 5;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, long> _statuses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _failedAttempts = new(StringComparer.Ordinal);
    private readonly List<string> _samples = [];
    private long _started;
    private long _lastAck;
    private long _eventsSent;
    private long _eventsAcked;
    private long _batchesResent;
    private long _milestonesNotOwed;
    private long _milestonesElsewhere;

    public long EventsSent => Interlocked.Read(ref _eventsSent);
    public long EventsAcked => Interlocked.Read(ref _eventsAcked);
    public long BatchesResent => Interlocked.Read(ref _batchesResent);

    /// <summary>Milestone events that owe no alert: duplicate at the first attempt (an earlier run sent them), conflict or rejected.</summary>
    public long MilestonesNotOwed => Interlocked.Read(ref _milestonesNotOwed);

    /// <summary>Milestone events that landed on a person who gave no alerts consent.</summary>
    public long MilestonesElsewhere => Interlocked.Read(ref _milestonesElsewhere);

    /// <summary>Events per second acknowledged, from the first batch sent to the last acknowledgement.</summary>
    public double AckedPerSecond
    {
        get
        {
            var started = Interlocked.Read(ref _started);
            var last = Interlocked.Read(ref _lastAck);
            var seconds = started == 0 || last == 0 ? 0 : Stopwatch.GetElapsedTime(started, last).TotalSeconds;
            return seconds > 0 ? EventsAcked / seconds : 0;
        }
    }

    public void Sent(int events)
    {
        Interlocked.CompareExchange(ref _started, Stopwatch.GetTimestamp(), 0);
        Interlocked.Add(ref _eventsSent, events);
    }

    /// <summary>A batch acknowledged at <paramref name="at"/> after <paramref name="attempts"/> sends; the first events not accepted are kept as samples.</summary>
    public void Acked(IReadOnlyList<EventResult> results, int attempts, long at)
    {
        lock (_lock)
        {
            foreach (var result in results)
            {
                _statuses[result.Status] = _statuses.GetValueOrDefault(result.Status) + 1;
                _eventsAcked++;
                if (result.Status is not ("accepted" or "duplicate") && _samples.Count < MaxSamples)
                {
                    _samples.Add($"{result.Status} {result.Id}: {result.FirstError ?? "(no detail)"}");
                }
            }
            _lastAck = at;
            _batchesResent += attempts > 1 ? 1 : 0;
        }
    }

    public void AttemptFailed(string reason)
    {
        lock (_lock)
        {
            _failedAttempts[reason] = _failedAttempts.GetValueOrDefault(reason) + 1;
        }
    }

    public void MilestoneNotOwed() => Interlocked.Increment(ref _milestonesNotOwed);

    public void MilestoneElsewhere() => Interlocked.Increment(ref _milestonesElsewhere);

    public IReadOnlyDictionary<string, long> Statuses()
    {
        lock (_lock)
        {
            return new Dictionary<string, long>(_statuses, StringComparer.Ordinal);
        }
    }

    public IReadOnlyDictionary<string, long> FailedAttempts()
    {
        lock (_lock)
        {
            return new Dictionary<string, long>(_failedAttempts, StringComparer.Ordinal);
        }
    }

    public long FailedAttemptCount
    {
        get
        {
            lock (_lock)
            {
                return _failedAttempts.Values.Sum();
            }
        }
    }

    /// <summary>Events answered conflict or rejected (anything but accepted and duplicate).</summary>
    public long NotAcceptedCount => Statuses().Where(s => s.Key is not ("accepted" or "duplicate")).Sum(s => s.Value);

    public IReadOnlyList<string> Samples()
    {
        lock (_lock)
        {
            return [.. _samples];
        }
    }
}
