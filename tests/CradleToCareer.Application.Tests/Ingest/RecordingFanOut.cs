using CradleToCareer.Application.Ingest;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Application.Tests.Ingest;

/// <summary>A fan-out that keeps what it was handed, or fails like a stream that is down.</summary>
public sealed class RecordingFanOut(bool fails = false) : IEventFanOut
{
    public List<(string EventId, string PersonId)> Published { get; } = [];

    public Task PublishAsync(IReadOnlyList<(PendingEvent Event, string PersonId)> accepted)
    {
        if (fails)
        {
            throw new InvalidOperationException("the streams are down");
        }

        Published.AddRange(accepted.Select(a => (a.Event.Event.Key.Id, a.PersonId)));
        return Task.CompletedTask;
    }
}
