namespace CradleToCareer.Abstractions;

/// <summary>
/// Stream item: the events committed to the event log for one person in one ingest batch, of every family, each in its
/// canonical stored form as UTF-8 (as the log was given it: no text conversion on the way). The log holds the durable
/// copy; this is only the fan-out.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AcceptedEvents(
    [property: Id(0)] string PersonId,
    [property: Id(1)] IReadOnlyList<byte[]> CanonicalEvents);

/// <summary>
/// The event streams: one per person, keyed by the person id, carrying events of every family (enrollment, academic,
/// aid, employment, services) in the order they were committed. One stream per person, not one per family: each stream
/// costs the silo's pulling agents work on every read of their queue for as long as it stays active, and a batch
/// carrying several families of one person's events is one message.
/// </summary>
public static class EventStreams
{
    public const string ProviderName = "events";

    public const string Namespace = "person-events";
}
