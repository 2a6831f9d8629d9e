using System.Security.Cryptography;
using System.Text;
using CradleToCareer.LoadTool.Cli;

namespace CradleToCareer.LoadTool.Webhooks;

/// <summary>
/// Standard Webhooks signatures (api.md, Alerts): <c>webhook-signature</c> holds one or more space-separated
/// <c>v1,&lt;base64 HMAC-SHA256&gt;</c> over <c>{webhook-id}.{webhook-timestamp}.{body}</c>, keyed with the bytes behind
/// the secret's <c>whsec_</c> prefix. Written here rather than taken from the service: the load tool is an outside client.
/// </summary>
public sealed class SignatureCheck(byte[] key)
{
    public const string SecretPrefix = "whsec_";
    public const string Version = "v1";

    public static SignatureCheck FromSecret(string secret)
    {
        var encoded = secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : null;
        var key = new byte[encoded?.Length ?? 0];
        return encoded is not null && Convert.TryFromBase64String(encoded, key, out var length) && length > 0
            ? new SignatureCheck(key[..length])
            : throw new ToolException($"a webhook secret is not {SecretPrefix} and base64");
    }

    /// <summary>The HMAC-SHA256 of <c>{id}.{timestamp}.{body}</c>.</summary>
    public static byte[] Mac(byte[] key, string id, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{id}.{timestamp}.");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return HMACSHA256.HashData(key, signed);
    }

    /// <summary>True when one of the header's v1 signatures is the MAC of this id, timestamp and body (compared in constant time).</summary>
    public bool Verify(string? id, string? timestamp, string? header, ReadOnlySpan<byte> body)
    {
        if (id is null || timestamp is null || header is null)
        {
            return false;
        }
        var expected = Mac(key, id, timestamp, body);
        var given = new byte[expected.Length];
        foreach (var entry in header.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var comma = entry.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0 && entry[..comma] == Version
                && Convert.TryFromBase64String(entry[(comma + 1)..], given, out var length) && length == expected.Length
                && CryptographicOperations.FixedTimeEquals(given, expected))
            {
                return true;
            }
        }
        return false;
    }
}
