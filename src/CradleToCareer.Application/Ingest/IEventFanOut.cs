using CradleToCareer.Domain.Events;

namespace CradleToCareer.Application.Ingest;

/// <summary>
/// Hands committed events on to the live projections of their persons. Only a fan-out: the log holds every accepted
/// event, and the projections catch up from it, so an item lost here is never lost.
/// </summary>
public interface IEventFanOut
{
    /// <summary>Publishes each accepted event under the person it landed on.</summary>
    Task PublishAsync(IReadOnlyList<(PendingEvent Event, string PersonId)> accepted);
}
