using CradleToCareer.Abstractions;
using Orleans.Hosting;
using Orleans.Streams;

namespace CradleToCareer.Grains.Streaming;

/// <summary>
/// The event streams on a silo or a client: <see cref="EventQueueAdapter"/> under <see cref="EventStreams.ProviderName"/>,
/// implicit subscriptions only (a student grain subscribes to its own stream by type), so no pub-sub store.
/// </summary>
public static class EventStreamsSetup
{
    public static ISiloBuilder AddEventStreams(this ISiloBuilder silo) =>
        silo.AddPersistentStreams(
            EventStreams.ProviderName,
            EventQueueAdapter.Create,
            streams => streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly));

    public static IClientBuilder AddEventStreams(this IClientBuilder client) =>
        client.AddPersistentStreams(
            EventStreams.ProviderName,
            EventQueueAdapter.Create,
            streams => streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly));
}
