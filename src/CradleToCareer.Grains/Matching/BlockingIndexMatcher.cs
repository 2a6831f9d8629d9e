using CradleToCareer.Domain.Identity;
using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Matching;
using CradleToCareer.Application.Identity;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace CradleToCareer.Grains.Matching;

/// <summary>
/// Places records whose identifiers are all new: encodes each (tokens and Bloom filters), asks the
/// blocking-key grains for the comparison patterns of every record sharing a key, scores the candidates
/// with the current weights, each record's names weighed by how often they were seen (<see cref="INameFrequencyGrain"/>),
/// and links, queues for review or makes a new person (rules.md, Identity).
/// </summary>
/// <remarks>
/// <para>
/// Encoding and weighing the records' names need nothing held, so they run before the batch takes its turn
/// (<see cref="PrepareAsync"/>), which also names the keys the batch must claim. The comparisons run while the batch's
/// session holds those claims (<see cref="PlaceAsync(MatchPreparation, IReadOnlyList{int}, CancellationToken)"/>): a
/// batch that filed records under a key kept its claim until it had handed them to the key's grain
/// (<see cref="IndexAsync"/>), so the grains asked here hold every committed record under the keys compared.
/// </para>
/// <para>
/// Only keys some committed record is filed under are looked up: in a growing population most keys
/// of a new record are new, and activating a grain to learn that it holds nothing is the costliest
/// part of matching. The store answers which keys exist in one query. The keys looked up travel in the batch's
/// <see cref="MatchPlacement"/> to <see cref="IndexAsync"/>: their grains (the only ones that can be active) get the new
/// records; any other grain loads them from the store when it is first needed.
/// </para>
/// </remarks>
public sealed class BlockingIndexMatcher(
    IGrainFactory grains, IMatchRecordSource store, MatchEncoder encoder, MatchingSettings settings, TimeProvider clock,
    ILogger<BlockingIndexMatcher> logger)
    : IRecordMatcher
{
    private const int ParallelEncodeThreshold = 200;

    public bool WorksAhead => true;

    public async Task<MatchPreparation> PrepareAsync(IReadOnlyList<MatchSubject> subjects, CancellationToken cancellationToken)
    {
        var encoded = Encode(subjects);
        var counts = grains.Keyed<INameFrequencyGrain>(INameFrequencyGrain.Key).CountsOfAsync(NamesOf(encoded).AsImmutable());
        var weights = await grains.Keyed<IMatchWeightsGrain>(IMatchWeightsGrain.Key).GetAsync();
        return new PreparedRecords(subjects, encoded, RaritiesOf(await counts, weights), weights);
    }

    public async Task<MatchPlacement> PlaceAsync(MatchPreparation prepared, IReadOnlyList<int> chosen, CancellationToken cancellationToken)
    {
        if (prepared is not PreparedRecords work)
        {
            throw new ArgumentException("The records were prepared by another matcher.", nameof(prepared));
        }

        var encoded = chosen.Select(i => work.Encoded[i]).ToArray();
        var round = new MatchRound(
            [.. chosen.Select(i => work.Subjects[i])], encoded, [.. chosen.Select(i => work.Rarities[i])],
            work.Weights, settings.Thresholds, clock.GetUtcNow());
        var keysLookedUp = await store.ExistingKeysAsync([.. round.SubjectsByKey.Keys], cancellationToken);
        var lookups = round.SubjectsByKey.Where(block => keysLookedUp.Contains(block.Key)).Select(async block =>
        {
            var fingerprints = block.Value.Select(i => encoded[i].Fingerprint).ToArray();
            var found = await grains.Keyed<IBlockingKeyGrain>(block.Key).CompareAsync(fingerprints.AsImmutable());
            return (Key: block.Key, Subjects: block.Value, Found: found.Value);
        });
        foreach (var (key, subjects, found) in await Task.WhenAll(lookups))
        {
            for (var i = 0; i < subjects.Count; i++)
            {
                round.AddCandidates(subjects[i], key, found[i]);
            }
        }

        var decisions = round.Decide();
        _ = ObserveAsync(new ObservedPatterns(round.PatternCounts, round.RandomPairCounts()));
        return new MatchPlacement(decisions, keysLookedUp);
    }

    public async Task<MatchPlacement> PlaceAsync(IReadOnlyList<MatchSubject> subjects, CancellationToken cancellationToken) =>
        await PlaceAsync(await PrepareAsync(subjects, cancellationToken), [.. Enumerable.Range(0, subjects.Count)], cancellationToken);

    /// <summary>
    /// Runs after the commit while the batch still holds its claims, for the grains the placement looked up, and counts the records'
    /// names. A failure leaves a grain missing records until it is next activated (it then loads them from the store),
    /// or names uncounted, so it is logged rather than failing the batch.
    /// </summary>
    public async Task IndexAsync(MatchPlacement placement, IReadOnlyList<MatchRecord> records, CancellationToken cancellationToken)
    {
        var names = NamesOf([.. records.Select(record => record.Fingerprint)]);
        _ = CountNamesAsync(names);
        var byKey = records
            .SelectMany(record => record.BlockingKeys.Where(placement.KeysLookedUp.Contains).Select(key => (key, record)))
            .GroupBy(pair => pair.key, pair => new IndexedRecord(pair.record.RecordId, pair.record.PersonId, pair.record.Fingerprint));
        try
        {
            await Task.WhenAll(byKey.Select(group => grains.Keyed<IBlockingKeyGrain>(group.Key).AddAsync(group.ToArray().AsImmutable())));
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Indexing {Count} committed match records failed; the affected blocking-key grains reload them on their next activation", records.Count);
        }
    }

    private static NameTokens NamesOf(EncodedRecord[] encoded) => NamesOf([.. encoded.Select(record => record.Fingerprint)]);

    private static NameTokens NamesOf(MatchFingerprint[] fingerprints) =>
        new([.. fingerprints.Select(f => f.FirstName)], [.. fingerprints.Select(f => f.LastName)]);

    private static NameRarity[] RaritiesOf(NameCounts counts, MatchWeights weights) =>
        [.. counts.FirstNames.Select((first, i) => NameRarity.Of(
            new NameCount(first, counts.LastNames[i], counts.FirstNamesCounted, counts.LastNamesCounted), weights))];

    /// <summary>Name frequencies are statistics: ingest never waits for counting or fails with it.</summary>
    private async Task CountNamesAsync(NameTokens names)
    {
        try
        {
            await grains.Keyed<INameFrequencyGrain>(INameFrequencyGrain.Key).AddAsync(names.AsImmutable());
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Counting the names of committed match records failed; their frequencies stay as they were");
        }
    }

    /// <summary>Weight estimation learns from what matching saw, but ingest never waits for it or fails with it.</summary>
    private async Task ObserveAsync(ObservedPatterns observed)
    {
        try
        {
            await grains.Keyed<IMatchWeightsGrain>(IMatchWeightsGrain.Key).ObserveAsync(observed.AsImmutable());
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Recording comparison patterns for weight estimation failed; matching goes on with the current weights");
        }
    }

    private EncodedRecord[] Encode(IReadOnlyList<MatchSubject> subjects)
    {
        var encoded = new EncodedRecord[subjects.Count];
        if (subjects.Count < ParallelEncodeThreshold)
        {
            for (var i = 0; i < subjects.Count; i++)
            {
                encoded[i] = encoder.Encode(subjects[i].Student);
            }
        }
        else
        {
            Parallel.For(0, subjects.Count, i => encoded[i] = encoder.Encode(subjects[i].Student));
        }

        return encoded;
    }

    /// <summary>What <see cref="PrepareAsync"/> did: the records encoded, and their names weighed.</summary>
    private sealed class PreparedRecords(
        IReadOnlyList<MatchSubject> subjects, EncodedRecord[] encoded, NameRarity[] rarities, MatchWeights weights)
        : MatchPreparation(subjects)
    {
        public EncodedRecord[] Encoded { get; } = encoded;

        public NameRarity[] Rarities { get; } = rarities;

        public MatchWeights Weights { get; } = weights;

        public override IReadOnlySet<string> BlockingKeysOf(IReadOnlyList<int> chosen) =>
            chosen.SelectMany(i => Encoded[i].BlockingKeys).ToHashSet(StringComparer.Ordinal);
    }
}
