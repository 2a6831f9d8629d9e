using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Providers.Streams.Common;
using Orleans.Streams;

namespace CradleToCareer.Grains.Streaming;

/// <summary>
/// The event streams' queue adapter: batches go, as they are, into <see cref="IEventQueueGrain"/>s (one per queue of
/// Orleans' hash ring), and the pulling agents keep them in Orleans' simple cache until each consumer has had them.
/// Orleans' memory streams did the same with copies: each batch serialized into a message, the message copied into the
/// queue grain and out of it, into the cache's buffers and out again; a quarter of the bytes a bulk load allocated.
/// </summary>
public sealed class EventQueueAdapter : IQueueAdapterFactory, IQueueAdapter
{
    private readonly IGrainFactory _grains;
    private readonly HashRingBasedStreamQueueMapper _queues;
    private readonly SimpleQueueAdapterCache _cache;
    private readonly IStreamFailureHandler _failures = new NoOpStreamDeliveryFailureHandler();
    private readonly ConcurrentDictionary<QueueId, IEventQueueGrain> _queueGrains = new();

    public EventQueueAdapter(
        string name, HashRingStreamQueueMapperOptions queues, SimpleQueueCacheOptions cache, IGrainFactory grains, ILoggerFactory loggers)
    {
        Name = name;
        _grains = grains;
        _queues = new HashRingBasedStreamQueueMapper(queues, name);
        _cache = new SimpleQueueAdapterCache(cache, name, loggers);
    }

    public string Name { get; }

    /// <summary>A batch is read once; a consumer that missed it catches up from the event log, not from the queue.</summary>
    public bool IsRewindable => false;

    public StreamProviderDirection Direction => StreamProviderDirection.ReadWrite;

    public static EventQueueAdapter Create(IServiceProvider services, string name) =>
        ActivatorUtilities.CreateInstance<EventQueueAdapter>(
            services,
            name,
            services.GetOptionsByName<HashRingStreamQueueMapperOptions>(name),
            services.GetOptionsByName<SimpleQueueCacheOptions>(name));

    public Task<IQueueAdapter> CreateAdapter() => Task.FromResult<IQueueAdapter>(this);

    public IQueueAdapterCache GetQueueAdapterCache() => _cache;

    public IStreamQueueMapper GetStreamQueueMapper() => _queues;

    public Task<IStreamFailureHandler> GetDeliveryFailureHandler(QueueId queueId) => Task.FromResult(_failures);

    public IQueueAdapterReceiver CreateReceiver(QueueId queueId) => new EventQueueReceiver(QueueOf(queueId));

    public Task QueueMessageBatchAsync<T>(
        StreamId streamId, IEnumerable<T> events, StreamSequenceToken? token, Dictionary<string, object>? requestContext) =>
        QueueOf(_queues.GetQueueForStream(streamId))
            .EnqueueAsync(new QueuedEvents(streamId, [.. events.Cast<object>()], requestContext, null));

    private IEventQueueGrain QueueOf(QueueId queueId) =>
        _queueGrains.GetOrAdd(queueId, id => _grains.GetGrain<IEventQueueGrain>($"{Name}/{id}"));
}
