using Orleans.Concurrency;

namespace CradleToCareer.Grains.Streaming;

/// <summary>
/// <see cref="IEventQueueGrain"/>: a first-in, first-out queue of batches. Numbers start from the clock, so a queue
/// activated again after its silo went away still numbers after what the pulling agent's cache already holds.
/// </summary>
public sealed class EventQueueGrain(TimeProvider clock) : Grain, IEventQueueGrain
{
    /// <summary>The most batches one queue holds; past it a producer is refused (the grains catch up from the log).</summary>
    public const int Capacity = 16_384;

    private readonly Queue<QueuedEvents> _batches = new();
    private long _next = clock.GetUtcNow().UtcTicks;

    public Task EnqueueAsync(QueuedEvents batch)
    {
        if (_batches.Count >= Capacity)
        {
            throw new InvalidOperationException($"The event queue holds {Capacity} batches already.");
        }

        _batches.Enqueue(batch with { Position = new(_next++) });
        return Task.CompletedTask;
    }

    public Task<Immutable<QueuedEvents[]>> DequeueAsync(int maxCount)
    {
        var taken = new QueuedEvents[Math.Min(maxCount, _batches.Count)];
        for (var i = 0; i < taken.Length; i++)
        {
            taken[i] = _batches.Dequeue();
        }

        return Task.FromResult(taken.AsImmutable());
    }
}
