using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Matching;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace CradleToCareer.Grains.Matching;

/// <summary>
/// Counts the first and last names of committed match records in two <see cref="CountMinSketch"/>es and answers how
/// often a record's names were seen. The counts are statistics, not records: the state is written at most every
/// <see cref="WriteInterval"/> and when the grain deactivates, so a silo lost between two writes only forgets the
/// names of its last few batches (each weighed a little closer to the average until they recur).
/// </summary>
public sealed class NameFrequencyGrain(
    TimeProvider clock,
    ILogger<NameFrequencyGrain> logger,
    [PersistentState("name-frequencies")] IPersistentState<NameFrequencyState> state)
    : Grain, INameFrequencyGrain
{
    /// <summary>How long counted names may wait to be written.</summary>
    public static readonly TimeSpan WriteInterval = TimeSpan.FromSeconds(30);

    private CountMinSketch? _firstNames;
    private CountMinSketch? _lastNames;
    private DateTimeOffset _lastWrite;
    private bool _unwritten;

    private CountMinSketch FirstNames => _firstNames ??= Restore(state.State.FirstNameCounters, state.State.FirstNamesCounted);

    private CountMinSketch LastNames => _lastNames ??= Restore(state.State.LastNameCounters, state.State.LastNamesCounted);

    public Task<NameCounts> CountsOfAsync(Immutable<NameTokens> names) => Task.FromResult(new NameCounts(
        [.. names.Value.FirstNames.Select(token => token is { } name ? FirstNames.Estimate(name) : (int?)null)],
        [.. names.Value.LastNames.Select(token => token is { } name ? LastNames.Estimate(name) : (int?)null)],
        FirstNames.Total,
        LastNames.Total));

    public async Task AddAsync(Immutable<NameTokens> names)
    {
        foreach (var token in names.Value.FirstNames)
        {
            if (token is { } name)
            {
                FirstNames.Add(name);
            }
        }

        foreach (var token in names.Value.LastNames)
        {
            if (token is { } name)
            {
                LastNames.Add(name);
            }
        }

        _unwritten = true;
        if (clock.GetUtcNow() - _lastWrite >= WriteInterval)
        {
            await WriteAsync();
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_unwritten)
        {
            await WriteAsync();
        }

        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    private async Task WriteAsync()
    {
        state.State.FirstNameCounters = FirstNames.Counters.ToArray();
        state.State.FirstNamesCounted = FirstNames.Total;
        state.State.LastNameCounters = LastNames.Counters.ToArray();
        state.State.LastNamesCounted = LastNames.Total;
        _lastWrite = clock.GetUtcNow();
        try
        {
            await state.WriteStateAsync();
            _unwritten = false;
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Writing the name counts failed; they are written again with the next batch after {Interval}", WriteInterval);
        }
    }

    private static CountMinSketch Restore(int[] counters, long total) =>
        counters.Length == 0 ? new CountMinSketch() : new CountMinSketch(counters, total);
}
