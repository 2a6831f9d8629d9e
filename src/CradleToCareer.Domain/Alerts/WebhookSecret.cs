using System.Security.Cryptography;

namespace CradleToCareer.Domain.Alerts;

/// <summary>
/// Standard Webhooks signing secrets: <c>whsec_</c> followed by the standard base64 (with padding) of the key.
/// The spec asks for 24 to 64 random bytes (192 to 512 bits); generated keys are 32 bytes.
/// </summary>
public static class WebhookSecret
{
    public const string Prefix = "whsec_";
    public const int GeneratedKeyBytes = 32;
    public const int MinimumKeyBytes = 24;
    public const int MaximumKeyBytes = 64;

    public const string FormatError =
        "A secret must be \"whsec_\" followed by the standard base64 (with padding, no spaces) of 24 to 64 random bytes.";

    /// <summary>A fresh secret of <see cref="GeneratedKeyBytes"/> random bytes.</summary>
    public static string Generate() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(GeneratedKeyBytes));

    /// <summary>
    /// Reads the key out of a secret. Only the canonical base64 form is accepted (it must re-encode to the same text),
    /// so two spellings never stand for one key. On failure <paramref name="key"/> is empty.
    /// </summary>
    public static bool TryParse(string? secret, out byte[] key)
    {
        key = [];
        if (secret is null || !secret.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var encoded = secret[Prefix.Length..];
        var buffer = new byte[MaximumKeyBytes + 3];
        if (!Convert.TryFromBase64String(encoded, buffer, out var length)
            || length < MinimumKeyBytes
            || length > MaximumKeyBytes)
        {
            return false;
        }

        var decoded = buffer[..length];
        if (!string.Equals(Convert.ToBase64String(decoded), encoded, StringComparison.Ordinal))
        {
            return false;
        }

        key = decoded;
        return true;
    }
}
