using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Access;

/// <summary>
/// What a source client may send: events whose <c>source</c> is registered to its organization, of the
/// event types its organization is allowed (exact types, or families such as <c>c2c.k12.*</c>), and, for an event
/// about a school's or college's own records, only about an institution its organization speaks for.
/// </summary>
public static class SourcePermissions
{
    /// <summary>Why the organization may not send this event, or null when it may.</summary>
    public static FieldError? Check(SourceEvent sourceEvent, Organization organization)
    {
        if (!organization.Sources.Contains(sourceEvent.Key.Source, StringComparer.Ordinal))
        {
            return new FieldError("/source", $"organization '{organization.Id}' is not registered to send events from source '{sourceEvent.Key.Source}'");
        }

        if (!organization.AllowedEventTypes.Any(pattern => Matches(pattern, sourceEvent.Type)))
        {
            return new FieldError("/type", $"organization '{organization.Id}' is not allowed to send '{sourceEvent.Type}' events");
        }

        return InstitutionOfRecord.Of(sourceEvent) is { } institution
            && !organization.Institutions.Contains(institution, StringComparer.Ordinal)
                ? new FieldError("/data/institution/id", $"organization '{organization.Id}' does not speak for institution '{institution}'")
                : null;
    }

    /// <summary>True when the allowed-type pattern (an exact type, or a family ending in <c>.*</c>) covers the type.</summary>
    public static bool Matches(string pattern, string type) =>
        pattern.EndsWith(".*", StringComparison.Ordinal)
            ? type.StartsWith(pattern[..^1], StringComparison.Ordinal)
            : string.Equals(pattern, type, StringComparison.Ordinal);
}
