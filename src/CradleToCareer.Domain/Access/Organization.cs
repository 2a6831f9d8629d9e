namespace CradleToCareer.Domain.Access;

/// <summary>
/// A school district, school, college, agency, advising provider or app: it owns clients, the
/// <c>source</c> URIs it may publish under, the institution ids it speaks for and the event types it may send.
/// Only an organization an admin registered with <see cref="StudentPortal"/> may have student-portal clients.
/// </summary>
public sealed record Organization(
    string Id,
    string Name,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Institutions,
    IReadOnlyList<string> AllowedEventTypes,
    bool StudentPortal = false);
