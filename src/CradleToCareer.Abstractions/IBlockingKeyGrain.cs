using CradleToCareer.Domain.Matching;
using Orleans.Concurrency;

namespace CradleToCareer.Abstractions;

/// <summary>
/// One grain per blocking-key value (a keyed token, never clear text): the match records that share
/// the key, so candidate lookup spreads across the cluster and stays cheap as the population grows.
/// </summary>
public interface IBlockingKeyGrain : IGrainWithStringKey
{
    /// <summary>For each fingerprint, its comparison pattern against every record under this key.</summary>
    Task<Immutable<CandidatePattern[][]>> CompareAsync(Immutable<MatchFingerprint[]> fingerprints);

    /// <summary>Adds committed records under this key; a record already held is ignored.</summary>
    Task AddAsync(Immutable<IndexedRecord[]> records);
}

/// <summary>A committed record as the blocking index holds it.</summary>
[GenerateSerializer, Immutable]
public sealed record IndexedRecord(
    [property: Id(0)] string RecordId,
    [property: Id(1)] string PersonId,
    [property: Id(2)] MatchFingerprint Fingerprint);

/// <summary>How one indexed record compares with a fingerprint (<see cref="ComparisonPattern.Code"/>).</summary>
[GenerateSerializer, Immutable]
public readonly record struct CandidatePattern(
    [property: Id(0)] string RecordId,
    [property: Id(1)] string PersonId,
    [property: Id(2)] int Pattern);
