namespace CradleToCareer.Abstractions;

/// <summary>
/// Outcome figures as they are served (outcomes.md "Shape"), written once per change so a read costs nothing: the
/// UTF-8 JSON, its entity tag, and when the figures last changed.
/// </summary>
[GenerateSerializer]
[Immutable]
public sealed record OutcomesDocument(
    [property: Id(0)] byte[] Utf8Json,
    [property: Id(1)] string ETag,
    [property: Id(2)] DateTimeOffset AsOf);
