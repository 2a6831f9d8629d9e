namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>A status change of one request: what at most one webhook id may announce.</summary>
public readonly record struct StatusChange(string RequestId, string Status);

/// <summary>Every correctly signed delivery under one webhook id: the change it announced, when it first came, how often.</summary>
public sealed record PushDelivery(StatusChange Change, long FirstArrival, int Count);

public sealed record PushSnapshot(
    IReadOnlyDictionary<string, long> OwedIssued, IReadOnlyDictionary<string, PushDelivery> Deliveries,
    long SignatureFailures, long Malformed, long UnknownRequests);

/// <summary>
/// Thread-safe record of the pushes: the <c>issued</c> pushes the service owes (request id and the Stopwatch timestamp
/// their latency counts from) and the deliveries that came (by webhook id), kept apart and joined when read, because a
/// push can arrive before the answer that makes it owed is read.
/// </summary>
public sealed class PushTally
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, long> _owedIssued = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PushDelivery> _deliveries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _issuedPushed = new(StringComparer.Ordinal);
    private long _signatureFailures;
    private long _malformed;
    private long _unknownRequests;

    public void OweIssued(string requestId, long reference)
    {
        lock (_lock)
        {
            _owedIssued.TryAdd(requestId, reference);
        }
    }

    public void Delivered(string webhookId, StatusChange change, long arrival)
    {
        lock (_lock)
        {
            _deliveries[webhookId] = _deliveries.TryGetValue(webhookId, out var earlier)
                ? earlier with { Count = earlier.Count + 1 }
                : new PushDelivery(change, arrival, 1);
            if (change.Status == RequestStatus.Issued)
            {
                _issuedPushed.Add(change.RequestId);
            }
        }
    }

    public void SignatureFailed() => Interlocked.Increment(ref _signatureFailures);

    public void Malformed() => Interlocked.Increment(ref _malformed);

    /// <summary>A push about a request whose answer (and so whose secret) the run never read.</summary>
    public void UnknownRequest() => Interlocked.Increment(ref _unknownRequests);

    public long SignatureFailures => Interlocked.Read(ref _signatureFailures);

    /// <summary><c>issued</c> pushes owed so far, and how many of them have arrived.</summary>
    public (int Expected, int Received) Progress()
    {
        lock (_lock)
        {
            return (_owedIssued.Count, _owedIssued.Keys.Count(_issuedPushed.Contains));
        }
    }

    public PushSnapshot Snapshot()
    {
        lock (_lock)
        {
            return new PushSnapshot(
                new Dictionary<string, long>(_owedIssued, StringComparer.Ordinal),
                new Dictionary<string, PushDelivery>(_deliveries, StringComparer.Ordinal),
                SignatureFailures, Interlocked.Read(ref _malformed), Interlocked.Read(ref _unknownRequests));
        }
    }
}
