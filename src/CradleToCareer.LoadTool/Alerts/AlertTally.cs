namespace CradleToCareer.LoadTool.Alerts;

/// <summary>A milestone of one person: what at most one alert id may announce.</summary>
public readonly record struct MilestoneKey(string PersonId, string MilestoneId);

/// <summary>
/// An alert the service owes: <paramref name="Reference"/> is the Stopwatch timestamp from which its latency counts
/// (<see cref="MilestoneAcks"/>); <paramref name="Resent"/> when its batch needed more than one attempt.
/// </summary>
public sealed record ExpectedAlert(long Reference, bool Resent);

/// <summary>Every correctly signed delivery of one alert id: what it announced, when it first came, how often.</summary>
public sealed record Delivery(string Type, MilestoneKey Key, long FirstArrival, int Count);

public sealed record AlertSnapshot(
    IReadOnlyDictionary<MilestoneKey, ExpectedAlert> Expected, IReadOnlyDictionary<string, Delivery> Deliveries,
    long SignatureFailures, long Malformed);

/// <summary>
/// Thread-safe record of the run: the alerts owed (from ingest answers) and the deliveries that came (from the
/// receiver), kept apart and joined when read, because an alert can arrive before its event's answer is read.
/// </summary>
public sealed class AlertTally
{
    private readonly Lock _lock = new();
    private readonly Dictionary<MilestoneKey, ExpectedAlert> _expected = [];
    private readonly Dictionary<string, Delivery> _deliveries = new(StringComparer.Ordinal);
    private readonly HashSet<MilestoneKey> _announced = [];
    private long _signatureFailures;
    private long _malformed;

    public void Expect(MilestoneKey key, ExpectedAlert alert)
    {
        lock (_lock)
        {
            _expected.TryAdd(key, alert);
        }
    }

    public void Delivered(string alertId, string type, MilestoneKey key, long arrival)
    {
        lock (_lock)
        {
            _deliveries[alertId] = _deliveries.TryGetValue(alertId, out var earlier)
                ? earlier with { Count = earlier.Count + 1 }
                : new Delivery(type, key, arrival, 1);
            if (type == AlertBody.MilestoneReached)
            {
                _announced.Add(key);
            }
        }
    }

    public void SignatureFailed() => Interlocked.Increment(ref _signatureFailures);

    public void Malformed() => Interlocked.Increment(ref _malformed);

    public long SignatureFailures => Interlocked.Read(ref _signatureFailures);

    /// <summary>Alerts owed so far, and how many of them have arrived.</summary>
    public (int Expected, int Received) Progress()
    {
        lock (_lock)
        {
            return (_expected.Count, _expected.Keys.Count(_announced.Contains));
        }
    }

    public AlertSnapshot Snapshot()
    {
        lock (_lock)
        {
            return new AlertSnapshot(
                new Dictionary<MilestoneKey, ExpectedAlert>(_expected), new Dictionary<string, Delivery>(_deliveries, StringComparer.Ordinal),
                SignatureFailures, Interlocked.Read(ref _malformed));
        }
    }
}
