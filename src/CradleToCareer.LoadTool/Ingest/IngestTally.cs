using System.Diagnostics;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Ingest;

/// <summary>Thread-safe counts of what the service answered: per-status event counts, person ids, first errors, latencies.</summary>
public sealed class IngestTally
{
    public const int MaxErrorSamples = 5;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, long> _statuses = new(StringComparer.Ordinal);
    private readonly HashSet<string> _personIds = new(StringComparer.Ordinal);
    private readonly List<string> _errorSamples = [];
    private long _firstSend;
    private long _lastResponse;

    public LatencyRecorder Latency { get; } = new();
    public long EventsAnswered { get; private set; }

    /// <summary>Batches the service answered with 200 and a result list.</summary>
    public long BatchesAccepted { get; private set; }
    public long Errors { get; private set; }

    public void MarkSend()
    {
        Interlocked.CompareExchange(ref _firstSend, Stopwatch.GetTimestamp(), 0);
    }

    /// <summary>Seconds from the first request to the last response.</summary>
    public double ElapsedSeconds
    {
        get
        {
            var first = Interlocked.Read(ref _firstSend);
            var last = Interlocked.Read(ref _lastResponse);
            return first == 0 ? 0 : Stopwatch.GetElapsedTime(first, last == 0 ? Stopwatch.GetTimestamp() : last).TotalSeconds;
        }
    }

    public void RecordResults(EventBatch batch, IReadOnlyList<EventResult> results, TimeSpan latency)
    {
        Latency.Record(latency);
        lock (_lock)
        {
            Touch();
            EventsAnswered += batch.Count;
            BatchesAccepted++;
            foreach (var result in results)
            {
                _statuses[result.Status] = _statuses.GetValueOrDefault(result.Status) + 1;
                if (result.PersonId is not null)
                {
                    _personIds.Add(result.PersonId);
                }
                if (result.Status is not ("accepted" or "duplicate"))
                {
                    Errors++;
                    Sample($"{result.Status} {result.Id}: {result.FirstError ?? "(no detail)"}");
                }
            }
            if (results.Count != batch.Count)
            {
                Errors++;
                Sample($"batch {batch.Number}: {batch.Count} events sent but {results.Count} results returned");
            }
        }
    }

    public void RecordBatchFailure(EventBatch batch, string status, string detail, TimeSpan? latency)
    {
        if (latency is { } elapsed)
        {
            Latency.Record(elapsed);
        }
        lock (_lock)
        {
            Touch();
            EventsAnswered += batch.Count;
            Errors += batch.Count;
            _statuses[status] = _statuses.GetValueOrDefault(status) + batch.Count;
            Sample($"batch {batch.Number} (first id {batch.FirstId}): {detail}");
        }
    }

    public IReadOnlyDictionary<string, long> Statuses()
    {
        lock (_lock)
        {
            return new Dictionary<string, long>(_statuses);
        }
    }

    public IReadOnlyList<string> ErrorSamples()
    {
        lock (_lock)
        {
            return [.. _errorSamples];
        }
    }

    public IReadOnlyCollection<string> PersonIds()
    {
        lock (_lock)
        {
            return [.. _personIds];
        }
    }

    public int PersonCount
    {
        get
        {
            lock (_lock)
            {
                return _personIds.Count;
            }
        }
    }

    private void Touch() => Interlocked.Exchange(ref _lastResponse, Stopwatch.GetTimestamp());

    private void Sample(string message)
    {
        if (_errorSamples.Count < MaxErrorSamples)
        {
            _errorSamples.Add(message);
            Console.Error.WriteLine(Console.IsErrorRedirected ? $"error: {message}" : $"\r{"error: " + message,-110}");
        }
    }
}
