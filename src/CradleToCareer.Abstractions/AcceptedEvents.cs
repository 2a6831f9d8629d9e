using CradleToCareer.Domain.Events;

namespace CradleToCareer.Abstractions;

/// <summary>
/// Stream item: events of one family, committed to the event log for one person in one ingest batch,
/// each in its canonical stored form. The log holds the durable copy; this is only the fan-out.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AcceptedEvents(
    [property: Id(0)] string PersonId,
    [property: Id(1)] IReadOnlyList<string> CanonicalEvents);

/// <summary>The stream namespaces: one per event family, keyed by person id.</summary>
public static class EventStreams
{
    public const string ProviderName = "events";

    public const string Enrollment = "enrollment";
    public const string Academic = "academic";
    public const string Aid = "aid";
    public const string Employment = "employment";
    public const string Services = "services";

    public static IReadOnlyList<string> AllNamespaces { get; } = [Enrollment, Academic, Aid, Employment, Services];

    public static string NamespaceOf(EventFamily family) => family switch
    {
        EventFamily.Enrollment => Enrollment,
        EventFamily.Academic => Academic,
        EventFamily.Aid => Aid,
        EventFamily.Employment => Employment,
        EventFamily.Services => Services,
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, null),
    };
}
