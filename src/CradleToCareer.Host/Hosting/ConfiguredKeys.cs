using System.Security.Cryptography;

namespace CradleToCareer.Host.Hosting;

/// <summary>Secret keys from configuration: base64, at least 32 bytes; generated per run only on the embedded default.</summary>
internal static class ConfiguredKeys
{
    private const int MinimumBytes = 32;

    public static (byte[] Key, bool Generated) Read(IConfiguration configuration, string name, bool embedded, string why)
    {
        var configured = configuration[name];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return embedded
                ? (RandomNumberGenerator.GetBytes(MinimumBytes), true)
                : throw new InvalidOperationException(
                    $"{name} (env {name.Replace(":", "__", StringComparison.Ordinal)}) must be set to a base64 key of at least " +
                    $"{MinimumBytes} bytes when running on PostgreSQL: {why}.");
        }

        var buffer = new byte[configured.Length];
        if (!Convert.TryFromBase64String(configured, buffer, out var written))
        {
            throw new InvalidOperationException($"{name} is not valid base64.");
        }

        return written >= MinimumBytes
            ? (buffer[..written], false)
            : throw new InvalidOperationException($"{name} must decode to at least {MinimumBytes} bytes.");
    }
}
