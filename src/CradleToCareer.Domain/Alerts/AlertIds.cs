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
    /// <c>a_</c> + the first 32 hex digits of SHA-256 over the parts, one per line. <paramref name="markName"/> is the
    /// ledger mark's name (<see cref="LedgerMarks.NameOf"/>); <paramref name="occurrence"/> (1-based) tells apart the
    /// times the same mark is made for the same milestone of the same person, so a milestone reached again after a
    /// retraction, or a risk flag that clears and comes back, gets a new id. It is counted in the person's durable
    /// alert ledger, never taken from the clock.
    /// </summary>
    public static string For(string personId, string milestoneId, string markName, int occurrence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(occurrence, 1);
        string[] parts = [personId, milestoneId, markName, occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture)];
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
