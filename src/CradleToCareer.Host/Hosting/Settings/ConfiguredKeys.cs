using System.Security.Cryptography;

namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>Secret keys from configuration: base64, at least 32 bytes; generated per run only on the embedded default.</summary>
internal static class ConfiguredKeys
{
    public const int MinimumBytes = 32;

    /// <summary>What is wrong with a configured key, or null. Names the key, never its value.</summary>
    public static string? Problem(string name, string? configured, bool embedded, string why) =>
        Decode(configured) switch
        {
            null when string.IsNullOrWhiteSpace(configured) => embedded
                ? null
                : $"{name} (env {name.Replace(":", "__", StringComparison.Ordinal)}) must be set to a base64 key of at least " +
                  $"{MinimumBytes} bytes when running on PostgreSQL: {why}.",
            null => $"{name} is not valid base64.",
            { Length: < MinimumBytes } => $"{name} must decode to at least {MinimumBytes} bytes.",
            _ => null,
        };

    /// <summary>The configured key's bytes; null when it is not set or not base64.</summary>
    public static byte[]? Decode(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }

        var buffer = new byte[configured.Length];
        return Convert.TryFromBase64String(configured, buffer, out var written) ? buffer[..written] : null;
    }

    /// <summary>The configured key, validated at start, or a random one for this run when none is configured.</summary>
    public static (byte[] Key, bool Generated) ConfiguredOrGenerated(string? configured) =>
        string.IsNullOrWhiteSpace(configured)
            ? (RandomNumberGenerator.GetBytes(MinimumBytes), true)
            : (Decode(configured) ?? throw new InvalidOperationException("A configured key was read before its validation."), false);
}
