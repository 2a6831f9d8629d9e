using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CradleToCareer.Application.Access.Signing;
using Microsoft.IdentityModel.Tokens;

namespace CradleToCareer.Host.Transcripts;

/// <summary>
/// Signs transcripts as compact JWS (RFC 7515), ES256, with the transcript key ring: a ring of its own,
/// apart from the access-token keys, whose retired keys keep verifying forever and are published at
/// <c>/.well-known/jwks.json</c>.
/// </summary>
public sealed class TranscriptSigner(SigningKeyRing keys)
{
    public SigningKeyRing Keys => keys;

    /// <summary>The compact serialization of <paramref name="claims"/> (a JSON object, UTF-8) signed with the current key.</summary>
    public string Sign(ReadOnlySpan<byte> claims)
    {
        var key = (ECDsaSecurityKey)keys.Current.Key;
        var header = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["alg"] = SecurityAlgorithms.EcdsaSha256,
            ["typ"] = "JWT",
            ["kid"] = key.KeyId,
        });
        var signingInput = Base64UrlEncoder.Encode(header) + "." + Base64UrlEncoder.Encode(claims.ToArray());
        var signature = key.ECDsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return signingInput + "." + Base64UrlEncoder.Encode(signature);
    }
}
