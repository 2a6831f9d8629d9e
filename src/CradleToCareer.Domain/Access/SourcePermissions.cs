using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Access;

/// <summary>
/// What a source client may send: events whose <c>source</c> is registered to its organization, of the
/// event types its organization is allowed (exact types, or families such as <c>c2c.k12.*</c>).
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

        return organization.AllowedEventTypes.Any(pattern => Matches(pattern, sourceEvent.Type))
            ? null
            : new FieldError("/type", $"organization '{organization.Id}' is not allowed to send '{sourceEvent.Type}' events");
    }

    /// <summary>True when the allowed-type pattern (an exact type, or a family ending in <c>.*</c>) covers the type.</summary>
    public static bool Matches(string pattern, string type) =>
        pattern.EndsWith(".*", StringComparison.Ordinal)
            ? type.StartsWith(pattern[..^1], StringComparison.Ordinal)
            : string.Equals(pattern, type, StringComparison.Ordinal);
}
