using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CradleToCareer.Domain.Alerts;

/// <summary>
/// Standard Webhooks symmetric signatures (<c>v1</c>): base64 of HMAC-SHA256, keyed with the decoded secret,
/// over <c>{webhook-id}.{webhook-timestamp}.{body}</c>.
/// </summary>
public static class WebhookSignature
{
    public const string VersionPrefix = "v1,";
    private const int MacBytes = 32;

    /// <summary>How far a delivery's timestamp may be from the receiver's clock, as the spec's reference libraries use.</summary>
    public static TimeSpan DefaultTolerance { get; } = TimeSpan.FromMinutes(5);

    /// <summary>The <c>webhook-timestamp</c> header value: whole seconds since the Unix epoch.</summary>
    public static string TimestampHeader(DateTimeOffset timestamp) =>
        timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>The <c>webhook-signature</c> header value: <c>v1,</c> + base64 of the MAC.</summary>
    public static string Sign(byte[] key, string messageId, DateTimeOffset timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(messageId);
        if (!IsUsableMessageId(messageId))
        {
            throw new ArgumentException("A webhook message id must be non-empty and contain no full stop.", nameof(messageId));
        }

        return VersionPrefix + Convert.ToBase64String(Mac(key, messageId, TimestampHeader(timestamp), body));
    }

    /// <summary>
    /// Checks a delivery as a receiver would. <paramref name="signatureHeader"/> may hold several space-separated
    /// signatures (secret rotation, other schemes such as <c>v1a</c>); one matching <c>v1</c> signature suffices.
    /// The MAC is computed over the timestamp exactly as received, and compared in constant time.
    /// </summary>
    public static WebhookVerification Verify(
        byte[] key,
        string messageId,
        string timestampHeader,
        string signatureHeader,
        ReadOnlySpan<byte> body,
        DateTimeOffset now,
        TimeSpan? tolerance = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(messageId);
        ArgumentNullException.ThrowIfNull(timestampHeader);
        ArgumentNullException.ThrowIfNull(signatureHeader);
        if (!IsUsableMessageId(messageId))
        {
            return WebhookVerification.MalformedMessageId;
        }

        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return WebhookVerification.MalformedTimestamp;
        }

        var allowed = (tolerance ?? DefaultTolerance).TotalSeconds;
        if (Math.Abs((double)seconds - now.ToUnixTimeSeconds()) > allowed)
        {
            return WebhookVerification.TimestampOutsideTolerance;
        }

        var expected = Mac(key, messageId, timestampHeader, body);
        var candidate = new byte[MacBytes + 3];
        foreach (var signature in signatureHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (signature.StartsWith(VersionPrefix, StringComparison.Ordinal)
                && Convert.TryFromBase64String(signature[VersionPrefix.Length..], candidate, out var length)
                && length == MacBytes
                && CryptographicOperations.FixedTimeEquals(candidate.AsSpan(0, MacBytes), expected))
            {
                return WebhookVerification.Valid;
            }
        }

        return WebhookVerification.NoMatchingSignature;
    }

    private static bool IsUsableMessageId(string messageId) => messageId.Length > 0 && !messageId.Contains('.');

    private static byte[] Mac(byte[] key, string messageId, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(messageId + "." + timestamp + ".");
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return HMACSHA256.HashData(key, content);
    }
}
