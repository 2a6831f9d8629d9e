using CradleToCareer.Host.Hosting.Settings;

namespace CradleToCareer.Host.Access;

/// <summary>Token and bootstrap settings, from the validated <see cref="SecurityOptions"/> and <see cref="AdminOptions"/>.</summary>
/// <param name="KeyEncryptionKey">Encrypts token-signing private keys at rest (C2C:Security:KeyEncryptionKey; generated per run on the embedded default).</param>
/// <param name="AdminClientId">The bootstrap admin client (C2C:Admin:ClientId, default admin).</param>
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

    public static AccessSettings From(SecurityOptions security, AdminOptions admin) => new(
        ConfiguredKeys.ConfiguredOrGenerated(security.KeyEncryptionKey).Key,
        admin.ClientId is { Length: > 0 } id ? id : "admin",
        string.IsNullOrWhiteSpace(admin.ClientSecret) ? null : admin.ClientSecret,
        security.Issuer,
        security.Audience,
        TimeSpan.FromMinutes(security.TokenLifetimeMinutes),
        TimeSpan.FromSeconds(security.KeyRefreshSeconds),
        security.AcceptedExternalIssuer());
}
