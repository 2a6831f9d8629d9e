namespace CradleToCareer.Host.Access;

/// <summary>
/// An external OpenID Connect authority whose access tokens the service accepts besides its own
/// (C2C:Security:ExternalAuthority, C2C:Security:ExternalAudience, C2C:Security:ExternalRequireHttps).
/// Its tokens must carry the same claims as ours: <c>org</c> (a registered organization) and <c>role</c>.
/// </summary>
public sealed record ExternalIssuer(string Authority, string Audience, bool RequireHttpsMetadata)
{
    public const string Scheme = "external";
}
