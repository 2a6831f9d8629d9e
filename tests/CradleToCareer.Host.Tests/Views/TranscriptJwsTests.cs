using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CradleToCareer.Host.Tests.Views;

/// <summary>
/// Signed transcripts verified as an outside college would: with a JOSE library and nothing but the
/// public JWKS document of the service.
/// </summary>
public sealed class TranscriptJwsTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Fact]
    public async Task A_signed_transcript_verifies_with_the_published_keys_and_carries_the_same_content()
    {
        var history = await TranscriptHistory.IngestAsync(service.Service, "transcript");

        var response = await history.IssueAsync("all", accept: "application/jwt");
        var jws = await response.Content.ReadAsStringAsync();
        var result = await VerifyAsync(jws, history.CollegeOrgId);
        var asJson = (await (await TranscriptHistory.SendAsync(history.College, HttpMethod.Get, response.Headers.Location!.OriginalString, "application/json"))
            .Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/jwt", response.Content.Headers.ContentType!.MediaType);
        Assert.True(result.IsValid, result.Exception?.Message);
        var token = (JsonWebToken)result.SecurityToken;
        Assert.Equal("ES256", token.Alg);
        Assert.StartsWith("tk_", token.Kid);
        Assert.Equal(
            (asJson["transcriptId"]!.GetValue<string>(), history.PersonId, "urn:c2c:record-service"),
            (token.Id, token.Subject, token.Issuer));
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(token.EncodedPayload))!;
        foreach (var member in new[] { "student", "k12", "postsecondary", "issuedAt", "purpose", "recipientOrgId" })
        {
            Assert.Equal(asJson[member]!.ToJsonString(), payload[member]!.ToJsonString());
        }
    }

    [Fact]
    public async Task A_changed_payload_or_signature_fails_verification()
    {
        var history = await TranscriptHistory.IngestAsync(service.Service, "transcript");
        var jws = await (await history.IssueAsync("all", accept: "application/jwt")).Content.ReadAsStringAsync();
        var parts = jws.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!;
        payload["postsecondary"]!["gpa"] = 4.0;
        var forgedPayload = string.Join('.', parts[0], Base64UrlEncoder.Encode(payload.ToJsonString()), parts[2]);
        var signature = Base64UrlEncoder.DecodeBytes(parts[2]);
        signature[5] ^= 0x01;
        var forgedSignature = string.Join('.', parts[0], parts[1], Base64UrlEncoder.Encode(signature));

        Assert.True((await VerifyAsync(jws, history.CollegeOrgId)).IsValid);
        Assert.False((await VerifyAsync(forgedPayload, history.CollegeOrgId)).IsValid);
        Assert.False((await VerifyAsync(forgedSignature, history.CollegeOrgId)).IsValid);
    }

    [Fact]
    public async Task After_a_rotation_new_transcripts_use_the_new_key_and_old_ones_still_verify()
    {
        var history = await TranscriptHistory.IngestAsync(service.Service, "transcript");
        var before = await (await history.IssueAsync("k12", accept: "application/jwt")).Content.ReadAsStringAsync();

        var admin = new HttpRequestMessage(HttpMethod.Post, "/v1/transcript-keys/rotate");
        admin.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await service.Anonymous.AdminTokenAsync());
        var rotated = await service.Anonymous.SendAsync(admin);
        var newKeyId = (await rotated.Content.ReadFromJsonAsync<JsonObject>())!["keyId"]!.GetValue<string>();
        var after = await (await history.IssueAsync("k12", accept: "application/jwt")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.NotEqual(new JsonWebToken(before).Kid, newKeyId);
        Assert.Equal(newKeyId, new JsonWebToken(after).Kid);
        Assert.True((await VerifyAsync(before, history.CollegeOrgId)).IsValid);
        Assert.True((await VerifyAsync(after, history.CollegeOrgId)).IsValid);
    }

    [Fact]
    public async Task The_key_set_is_public_and_holds_public_halves_only()
    {
        var keys = (await service.Anonymous.GetFromJsonAsync<JsonObject>("/.well-known/jwks.json"))!["keys"]!.AsArray();

        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.Equal(("EC", "P-256", "ES256", "sig"), (key!["kty"]!.GetValue<string>(), key["crv"]!.GetValue<string>(), key["alg"]!.GetValue<string>(), key["use"]!.GetValue<string>()));
            Assert.False(key.AsObject().ContainsKey("d"));
        });
    }

    /// <summary>Verifies as an outsider: keys from the anonymous JWKS document only; audience the recipient; no expiry.</summary>
    private async Task<TokenValidationResult> VerifyAsync(string jws, string audience)
    {
        var keySet = new JsonWebKeySet(await service.Anonymous.GetStringAsync("/.well-known/jwks.json"));
        return await new JsonWebTokenHandler().ValidateTokenAsync(jws, new TokenValidationParameters
        {
            IssuerSigningKeys = keySet.GetSigningKeys(),
            ValidIssuer = "urn:c2c:record-service",
            ValidAudience = audience,
            RequireExpirationTime = false,
            ValidateLifetime = false,
        });
    }
}
