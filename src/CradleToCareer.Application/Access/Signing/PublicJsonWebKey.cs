using Microsoft.IdentityModel.Tokens;

namespace CradleToCareer.Application.Access.Signing;

/// <summary>Writes the public half of an ES256 key as a JSON Web Key; the private scalar never leaves.</summary>
public static class PublicJsonWebKey
{
    public static JsonWebKey From(ECDsaSecurityKey key)
    {
        var point = key.ECDsa.ExportParameters(includePrivateParameters: false).Q;
        return new JsonWebKey
        {
            Kty = JsonWebAlgorithmsKeyTypes.EllipticCurve,
            Crv = JsonWebKeyECTypes.P256,
            X = Base64UrlEncoder.Encode(point.X),
            Y = Base64UrlEncoder.Encode(point.Y),
            Kid = key.KeyId,
            Alg = SecurityAlgorithms.EcdsaSha256,
            Use = JsonWebKeyUseNames.Sig,
        };
    }
}
