using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CradleToCareer.Storage.Tests.Access.Signing;

/// <summary>Validates tokens the way a resource server would: Microsoft.IdentityModel, real time, ES256 only.</summary>
internal static class TokenValidation
{
    public const string Issuer = "https://c2c.test";
    public const string Audience = "c2c-api";

    public static Task<TokenValidationResult> ValidateAsync(string token, IEnumerable<SecurityKey> keys, string audience = Audience) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = audience,
            IssuerSigningKeys = keys,
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
            RequireExpirationTime = true,
            RequireSignedTokens = true,
        });

    public static string KeyIdOf(string token) => new JsonWebToken(token).Kid;
}
