using Orleans.Streams;

namespace CradleToCareer.Grains.Streaming;

/// <summary>
/// The pulling agent's side of one <see cref="IEventQueueGrain"/>: what it reads is gone from the queue, so there is
/// nothing to acknowledge and nothing to let go at shutdown (a read under way is the agent's own, which it awaits).
/// </summary>
internal sealed class EventQueueReceiver(IEventQueueGrain queue) : IQueueAdapterReceiver
{
    public Task Initialize(TimeSpan timeout) => Task.CompletedTask;

    public async Task<IList<IBatchContainer>> GetQueueMessagesAsync(int maxCount) =>
        [.. (await queue.DequeueAsync(maxCount)).Value];

    public Task MessagesDeliveredAsync(IList<IBatchContainer> messages) => Task.CompletedTask;

    public Task Shutdown(TimeSpan timeout) => Task.CompletedTask;
}
