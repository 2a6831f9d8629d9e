using System.Security.Cryptography;
using System.Text;

namespace CradleToCareer.Domain.Alerts;

/// <summary>
/// Alert ids derived from what the alert is about, so replaying a person's events yields the same ids and a
/// subscriber never sees a second id for the same alert. The id is also the <c>webhook-id</c> idempotency key.
/// </summary>
public static class AlertIds
{
    public const string Prefix = "a_";
    private const int HexLength = 32;

    /// <summary>
    /// <c>a_</c> + the first 32 hex digits of SHA-256 over the parts. <paramref name="occurrence"/> tells apart
    /// the times the same thing happens to the same person, and must come from the events, never from the clock:
    /// for a milestone reached, the date reached (<c>yyyy-MM-dd</c>), so a milestone reached again after a
    /// retraction gets a new id; for a retraction, the date the retracted milestone had been reached; for a risk flag,
    /// the key of the event that raised it (a flag can clear and return on the same day).
    /// </summary>
    public static string For(string personId, string milestoneId, AlertKind kind, string occurrence)
    {
        string[] parts = [personId, milestoneId, AlertTypes.Of(kind), occurrence];
        foreach (var part in parts)
        {
            ArgumentException.ThrowIfNullOrEmpty(part);
            if (part.Contains('\n'))
            {
                throw new ArgumentException("An alert id part cannot contain a line break.");
            }
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts)));
        return Prefix + Convert.ToHexStringLower(hash)[..HexLength];
    }
}
