using CradleToCareer.Domain.Identity;
using CradleToCareer.Application.Identity;

namespace CradleToCareer.Grains.Matching;

/// <summary>
/// Loads the records of activating blocking-key grains, many keys per query: when a batch touches
/// thousands of new keys at once, their activations share a handful of round trips to the store. Each record's
/// fingerprint is <see cref="FingerprintInterning">interned</see>, so the grains of a silo share one copy.
/// </summary>
public sealed class BlockLoader(IMatchRecordSource source, FingerprintInterning fingerprints)
{
    private const int MaxKeysPerQuery = 2_000;

    private readonly Lock _gate = new();
    private readonly List<(string Key, TaskCompletionSource<IReadOnlyList<MatchRecord>> Done)> _pending = [];
    private bool _draining;

    public Task<IReadOnlyList<MatchRecord>> LoadAsync(string blockingKey)
    {
        var done = new TaskCompletionSource<IReadOnlyList<MatchRecord>>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _pending.Add((blockingKey, done));
            if (_draining)
            {
                return done.Task;
            }

            _draining = true;
        }

        _ = Task.Run(DrainAsync);
        return done.Task;
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<(string Key, TaskCompletionSource<IReadOnlyList<MatchRecord>> Done)> round;
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    _draining = false;
                    return;
                }

                round = _pending.Take(MaxKeysPerQuery).ToList();
                _pending.RemoveRange(0, round.Count);
            }

            await LoadRoundAsync(round);
        }
    }

    private async Task LoadRoundAsync(List<(string Key, TaskCompletionSource<IReadOnlyList<MatchRecord>> Done)> round)
    {
        try
        {
            var records = await source.ReadAsync([.. round.Select(r => r.Key).Distinct(StringComparer.Ordinal)], CancellationToken.None);
            var byKey = records
                .Select(record => record with { Fingerprint = fingerprints.Intern(record.RecordId, record.Fingerprint) })
                .SelectMany(record => record.BlockingKeys.Select(key => (key, record)))
                .ToLookup(pair => pair.key, pair => pair.record, StringComparer.Ordinal);
            foreach (var (key, done) in round)
            {
                done.SetResult([.. byKey[key]]);
            }
        }
        catch (Exception exception)
        {
            foreach (var (_, done) in round)
            {
                done.SetException(exception);
            }
        }
    }
}
