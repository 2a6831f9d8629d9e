using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Grains.Matching;

/// <summary>
/// One fingerprint object per record within a silo, however many blocking-key grains hold the record: a record is
/// filed under four or five keys, and each grain activated from the store would otherwise keep its own copy (5.7 GB
/// per million records against 1.9, docs/identity.md). Entries are weak: a fingerprint no grain holds any more is
/// collected, and its entry is swept out as the table grows.
/// </summary>
public sealed class FingerprintInterning
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, WeakReference<MatchFingerprint>> _byRecord = new(StringComparer.Ordinal);
    private int _sweepAt = 1_024;

    /// <summary>The fingerprint already held for the record, or this one, now held for it.</summary>
    public MatchFingerprint Intern(string recordId, MatchFingerprint fingerprint)
    {
        lock (_gate)
        {
            if (_byRecord.TryGetValue(recordId, out var held) && held.TryGetTarget(out var shared))
            {
                return shared;
            }

            _byRecord[recordId] = new WeakReference<MatchFingerprint>(fingerprint);
            if (_byRecord.Count >= _sweepAt)
            {
                Sweep();
            }

            return fingerprint;
        }
    }

    /// <summary>Drops the entries whose fingerprint was collected; the next sweep waits until the table doubles.</summary>
    private void Sweep()
    {
        foreach (var dead in _byRecord.Where(entry => !entry.Value.TryGetTarget(out _)).Select(entry => entry.Key).ToList())
        {
            _byRecord.Remove(dead);
        }

        _sweepAt = Math.Max(1_024, _byRecord.Count * 2);
    }
}
