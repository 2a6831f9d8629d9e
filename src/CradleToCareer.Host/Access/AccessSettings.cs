using CradleToCareer.Host.Hosting;

namespace CradleToCareer.Host.Access;

/// <summary>Token and bootstrap settings.</summary>
/// <param name="KeyEncryptionKey">Encrypts token-signing private keys at rest (C2C:Security:KeyEncryptionKey).</param>
/// <param name="AdminClientId">The bootstrap admin client (C2C:Admin:ClientId).</param>
/// <param name="AdminClientSecret">Its secret (C2C:Admin:ClientSecret); null means generate one and print it once.</param>
/// <param name="Issuer">The <c>iss</c> of issued tokens (C2C:Security:Issuer).</param>
/// <param name="Audience">The <c>aud</c> of issued tokens (C2C:Security:Audience).</param>
/// <param name="TokenLifetime">How long a token is valid (C2C:Security:TokenLifetimeMinutes, default 15).</param>
/// <param name="KeyRefreshInterval">How often signing keys are re-read (C2C:Security:KeyRefreshSeconds, default 30).</param>
/// <param name="External">An external OpenID Connect issuer whose tokens are accepted too, or null.</param>
public sealed record AccessSettings(
    byte[] KeyEncryptionKey,
    string AdminClientId,
    string? AdminClientSecret,
    string Issuer,
    string Audience,
    TimeSpan TokenLifetime,
    TimeSpan KeyRefreshInterval,
    ExternalIssuer? External)
{
    /// <summary>The organization the bootstrap admin client belongs to.</summary>
    public const string OperatorOrganization = "c2c-operators";

    private const int KeyEncryptionKeyBytes = 32;

    public static AccessSettings From(IConfiguration configuration, bool embedded)
    {
        var (keyEncryptionKey, _) = ConfiguredKeys.Read(
            configuration, "C2C:Security:KeyEncryptionKey", embedded,
            "token-signing keys are stored encrypted under it and must stay readable across restarts and silos");
        if (keyEncryptionKey.Length != KeyEncryptionKeyBytes)
        {
            throw new InvalidOperationException($"C2C:Security:KeyEncryptionKey must decode to exactly {KeyEncryptionKeyBytes} bytes (AES-256).");
        }
        var secret = configuration["C2C:Admin:ClientSecret"];
        if (string.IsNullOrWhiteSpace(secret) && !embedded)
        {
            throw new InvalidOperationException(
                "C2C:Admin:ClientSecret (env C2C__Admin__ClientSecret) must be set when running on PostgreSQL: " +
                "it is the bootstrap admin's secret.");
        }

        return new AccessSettings(
            keyEncryptionKey,
            configuration["C2C:Admin:ClientId"] is { Length: > 0 } id ? id : "admin",
            string.IsNullOrWhiteSpace(secret) ? null : secret,
            configuration["C2C:Security:Issuer"] ?? "urn:c2c:record-service",
            configuration["C2C:Security:Audience"] ?? "urn:c2c:api",
            TimeSpan.FromMinutes(configuration.GetValue("C2C:Security:TokenLifetimeMinutes", 15)),
            TimeSpan.FromSeconds(configuration.GetValue("C2C:Security:KeyRefreshSeconds", 30)),
            ExternalIssuer.From(configuration));
    }
}
