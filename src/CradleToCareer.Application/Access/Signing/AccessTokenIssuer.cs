using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CradleToCareer.Application.Access.Signing;

/// <summary>
/// Issues signed access tokens (JWT, ES256, header <c>kid</c>): <c>iss</c>, <c>aud</c>, <c>sub</c> and <c>client_id</c>
/// (the client), <c>org</c>, one <c>role</c> per role, <c>scope</c> (space-separated, absent when none),
/// <c>secret_stamp</c> (absent when none), <c>jti</c>, <c>iat</c>, <c>nbf</c> and <c>exp</c>.
/// </summary>
public sealed class AccessTokenIssuer(SigningKeyRing keys, TimeProvider clock, string issuer, string audience, TimeSpan lifetime)
{
    private static readonly JsonWebTokenHandler Handler = new();

    /// <summary>A signed token for the client, and how many seconds it lives (the <c>expires_in</c> of the token response).</summary>
    public (string Token, int ExpiresInSeconds) Issue(AccessTokenClaims claims)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = Payload(claims),
            SigningCredentials = keys.Current,
        };
        return (Handler.CreateToken(descriptor), (int)lifetime.TotalSeconds);
    }

    private static Dictionary<string, object> Payload(AccessTokenClaims claims)
    {
        var payload = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [JwtRegisteredClaimNames.Sub] = claims.ClientId,
            [AccessTokenClaimNames.ClientId] = claims.ClientId,
            [AccessTokenClaimNames.Organization] = claims.OrganizationId,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
        };
        if (claims.Roles.Count > 0)
        {
            payload[AccessTokenClaimNames.Role] = claims.Roles.ToArray();
        }

        if (claims.Scopes.Count > 0)
        {
            payload[AccessTokenClaimNames.Scope] = string.Join(' ', claims.Scopes);
        }

        if (claims.SecretStamp.Length > 0)
        {
            payload[AccessTokenClaimNames.SecretStamp] = claims.SecretStamp;
        }

        return payload;
    }
}
