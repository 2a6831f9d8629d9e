using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Matching;
using Orleans.Concurrency;

namespace CradleToCareer.Grains.Matching;

/// <summary>
/// The records behind one blocking key. Its state is a projection of the durable match records
/// (written in the same transaction as the events they came with), loaded on activation.
/// </summary>
public sealed class BlockingKeyGrain(BlockLoader loader, FingerprintInterning fingerprints) : Grain, IBlockingKeyGrain
{
    private readonly Dictionary<string, IndexedRecord> _records = new(StringComparer.Ordinal);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var record in await loader.LoadAsync(this.GetPrimaryKeyString()))
        {
            _records.TryAdd(record.RecordId, new IndexedRecord(record.RecordId, record.PersonId, record.Fingerprint));
        }
    }

    public Task<Immutable<CandidatePattern[][]>> CompareAsync(Immutable<MatchFingerprint[]> fingerprints)
    {
        var candidates = new CandidatePattern[fingerprints.Value.Length][];
        for (var i = 0; i < candidates.Length; i++)
        {
            var fingerprint = fingerprints.Value[i];
            candidates[i] = [.. _records.Values.Select(record =>
                new CandidatePattern(record.RecordId, record.PersonId, RecordComparator.Compare(fingerprint, record.Fingerprint).Code))];
        }

        return Task.FromResult(candidates.AsImmutable());
    }

    public Task AddAsync(Immutable<IndexedRecord[]> records)
    {
        foreach (var record in records.Value)
        {
            _records.TryAdd(record.RecordId, record with { Fingerprint = fingerprints.Intern(record.RecordId, record.Fingerprint) });
        }

        return Task.CompletedTask;
    }
}
