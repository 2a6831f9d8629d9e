using CradleToCareer.Abstractions;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Grains.Ports;

/// <summary>
/// Fans committed events out on the Orleans memory streams: one item per person and event family, on the family's
/// namespace keyed by the person id, where the person's <see cref="IStudentGrain"/> consumes it.
/// </summary>
public sealed class StreamEventFanOut(IClusterClient cluster) : IEventFanOut
{
    public Task PublishAsync(IReadOnlyList<(PendingEvent Event, string PersonId)> accepted)
    {
        var provider = cluster.GetStreamProvider(EventStreams.ProviderName);
        return Task.WhenAll(accepted.GroupBy(x => (x.PersonId, x.Event.Event.Family)).Select(group =>
            provider.GetStream<AcceptedEvents>(StreamId.Create(EventStreams.NamespaceOf(group.Key.Family), group.Key.PersonId))
                .OnNextAsync(new AcceptedEvents(group.Key.PersonId, group.Select(x => x.Event.CanonicalJson).ToList()))));
    }
}
