using Orleans.Concurrency;

namespace CradleToCareer.Grains.Streaming;

/// <summary>
/// One queue of the event streams, in memory: producers on any silo put batches in; the pulling agent that owns the
/// queue takes them out. It holds nothing that matters only here: every event it carries is already in the event log.
/// </summary>
public interface IEventQueueGrain : IGrainWithStringKey
{
    /// <summary>Takes the batch, numbered after every batch taken before; refuses it when the queue is full.</summary>
    Task EnqueueAsync(QueuedEvents batch);

    /// <summary>Up to <paramref name="maxCount"/> batches, oldest first, each taken out of the queue.</summary>
    Task<Immutable<QueuedEvents[]>> DequeueAsync(int maxCount);
}
