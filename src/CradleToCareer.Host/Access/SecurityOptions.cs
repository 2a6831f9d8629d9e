namespace CradleToCareer.Host.Access;

/// <summary>
/// Access tokens and keys (<c>C2C:Security</c>): the key-encryption key, the <c>iss</c> and <c>aud</c> of issued
/// tokens, their lifetime, how often silos re-read the signing keys, and an optional external OpenID Connect issuer.
/// </summary>
public sealed class SecurityOptions
{
    public const string Section = "C2C:Security";

    public const string KeyEncryptionKeyName = Section + ":KeyEncryptionKey";

    /// <summary>AES-256 encrypts the token- and transcript-signing keys at rest: base64 of exactly this many bytes.</summary>
    public const int KeyEncryptionKeyBytes = 32;

    public string? KeyEncryptionKey { get; set; }

    public string Issuer { get; set; } = "urn:c2c:record-service";

    public string Audience { get; set; } = "urn:c2c:api";

    public int TokenLifetimeMinutes { get; set; } = 15;

    public int KeyRefreshSeconds { get; set; } = 30;

    public string? ExternalAuthority { get; set; }

    public string? ExternalAudience { get; set; }

    public bool ExternalRequireHttps { get; set; } = true;

    /// <summary>The external issuer whose tokens are accepted too, or null when <see cref="ExternalAuthority"/> is unset.</summary>
    public ExternalIssuer? AcceptedExternalIssuer() =>
        string.IsNullOrWhiteSpace(ExternalAuthority)
            ? null
            : new ExternalIssuer(ExternalAuthority, ExternalAudience ?? "", ExternalRequireHttps);
}
