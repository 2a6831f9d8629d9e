using CradleToCareer.Application.Access.Signing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CradleToCareer.Storage.Tests.Access.Signing;

/// <summary>Signs a document as a compact JWS the way a transcript is signed, and verifies it offline as a recipient would.</summary>
internal static class TranscriptSignatures
{
    public const string Payload = """{"transcriptId":"t_1","student":{"personId":"p_1","lastName":"López"}}""";

    public static string Sign(SigningKeyRing ring) => new JsonWebTokenHandler().CreateToken(Payload, ring.Current);

    public static Task<TokenValidationResult> VerifyAsync(string jws, IEnumerable<SecurityKey> keys) =>
        new JsonWebTokenHandler().ValidateTokenAsync(jws, new TokenValidationParameters
        {
            IssuerSigningKeys = keys,
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = false,
            ValidateLifetime = false,
            ValidateIssuer = false,
            ValidateAudience = false,
        });
}
