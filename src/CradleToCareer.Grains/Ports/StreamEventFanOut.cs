using CradleToCareer.Abstractions;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Grains.Ports;

/// <summary>
/// Fans committed events out on the event streams (<see cref="Streaming.EventQueueAdapter"/>): one item per person, on
/// the person's stream, where the person's <see cref="IStudentGrain"/> consumes it.
/// </summary>
public sealed class StreamEventFanOut(IClusterClient cluster) : IEventFanOut
{
    public Task PublishAsync(IReadOnlyList<(PendingEvent Event, string PersonId)> accepted)
    {
        var provider = cluster.GetStreamProvider(EventStreams.ProviderName);
        return Task.WhenAll(accepted.GroupBy(x => x.PersonId, StringComparer.Ordinal).Select(group =>
            provider.GetStream<AcceptedEvents>(StreamId.Create(EventStreams.Namespace, group.Key))
                .OnNextAsync(new AcceptedEvents(group.Key, group.Select(x => x.Event.CanonicalUtf8).ToList()))));
    }
}
