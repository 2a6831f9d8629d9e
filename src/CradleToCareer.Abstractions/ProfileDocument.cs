namespace CradleToCareer.Abstractions;

/// <summary>
/// A student's profile as the full-profile route serves it: the api.md JSON, serialized once per change
/// by the student grain rather than once per read.
/// </summary>
/// <param name="EventCount">Effective events behind the profile; 0 means no record has this person id.</param>
/// <param name="Utf8Json">The profile object as UTF-8 JSON.</param>
[GenerateSerializer, Immutable]
public sealed record ProfileDocument(
    [property: Id(0)] int EventCount,
    [property: Id(1)] byte[] Utf8Json);
