using CradleToCareer.Storage.InMemory.Access.Signing;
using CradleToCareer.Testing;
using System.Text;
using CradleToCareer.Application.Access.Signing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CradleToCareer.Storage.Tests.Access.Signing;

public sealed class AccessTokenIssuerTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private static readonly AccessTokenClaims Advisor = new("client_7", "org_district", ["advisor", "subscriber"], ["progress", "finaid"]);

    [Fact]
    public async Task Issued_token_validates_with_the_validation_keys_and_carries_the_claims()
    {
        var clock = FakeClock.AtRealNow();
        var ring = await RingAsync(clock);

        var (token, expiresIn) = Issuer(ring, clock).Issue(Advisor);
        var result = await TokenValidation.ValidateAsync(token, ring.ValidationKeys);

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal((int)Lifetime.TotalSeconds, expiresIn);
        var jwt = Assert.IsType<JsonWebToken>(result.SecurityToken);
        Assert.Equal(ring.Current.Key.KeyId, jwt.Kid);
        Assert.Equal("ES256", jwt.Alg);
        Assert.Equal(TokenValidation.Issuer, jwt.Issuer);
        Assert.Equal([TokenValidation.Audience], jwt.Audiences);
        Assert.Equal("client_7", jwt.Subject);
        Assert.Equal("client_7", jwt.GetClaim("client_id").Value);
        Assert.Equal("org_district", jwt.GetClaim("org").Value);
        Assert.Equal(["advisor", "subscriber"], result.ClaimsIdentity.FindAll("role").Select(claim => claim.Value));
        Assert.Equal("progress finaid", jwt.GetClaim("scope").Value);
        Assert.False(string.IsNullOrEmpty(jwt.Id));
        Assert.Equal(clock.GetUtcNow().UtcDateTime, jwt.IssuedAt);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, jwt.ValidFrom);
        Assert.Equal((clock.GetUtcNow() + Lifetime).UtcDateTime, jwt.ValidTo);
    }

    [Fact]
    public async Task Issued_token_validates_with_only_the_published_public_keys()
    {
        var clock = FakeClock.AtRealNow();
        var ring = await RingAsync(clock);

        var (token, _) = Issuer(ring, clock).Issue(Advisor);
        var result = await TokenValidation.ValidateAsync(token, ring.PublicKeys().Keys);

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("org_district", ((JsonWebToken)result.SecurityToken).GetClaim("org").Value);
    }

    [Fact]
    public async Task A_single_role_is_still_a_role_claim_and_no_scopes_means_no_scope_claim()
    {
        var clock = FakeClock.AtRealNow();
        var ring = await RingAsync(clock);

        var (token, _) = Issuer(ring, clock).Issue(new AccessTokenClaims("client_1", "org_1", ["admin"], []));
        var result = await TokenValidation.ValidateAsync(token, ring.ValidationKeys);

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal(["admin"], result.ClaimsIdentity.FindAll("role").Select(claim => claim.Value));
        Assert.False(((JsonWebToken)result.SecurityToken).TryGetClaim("scope", out _));
    }

    [Fact]
    public async Task A_tampered_token_fails()
    {
        var clock = FakeClock.AtRealNow();
        var ring = await RingAsync(clock);
        var (token, _) = Issuer(ring, clock).Issue(Advisor);
        var parts = token.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("org_district", "org_elsewhere", StringComparison.Ordinal);
        var tampered = string.Join('.', parts[0], Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload)), parts[2]);

        var result = await TokenValidation.ValidateAsync(tampered, ring.ValidationKeys);

        Assert.NotEqual(token, tampered);
        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenInvalidSignatureException>(result.Exception);
    }

    [Fact]
    public async Task An_expired_token_fails()
    {
        var clock = FakeClock.AtRealNow();
        clock.Advance(-(Lifetime + TimeSpan.FromHours(1)));
        var ring = await RingAsync(clock);

        var (token, _) = Issuer(ring, clock).Issue(Advisor);
        var result = await TokenValidation.ValidateAsync(token, ring.ValidationKeys);

        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenExpiredException>(result.Exception);
    }

    [Fact]
    public async Task A_token_for_another_audience_fails()
    {
        var clock = FakeClock.AtRealNow();
        var ring = await RingAsync(clock);

        var (token, _) = Issuer(ring, clock).Issue(Advisor);
        var result = await TokenValidation.ValidateAsync(token, ring.ValidationKeys, audience: "another-api");

        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenInvalidAudienceException>(result.Exception);
    }

    private static async Task<SigningKeyRing> RingAsync(TimeProvider clock)
    {
        var ring = new SigningKeyRing(new InMemorySigningKeyStore(), clock);
        await ring.InitializeAsync(CancellationToken.None);
        return ring;
    }

    private static AccessTokenIssuer Issuer(SigningKeyRing ring, TimeProvider clock) =>
        new(ring, clock, TokenValidation.Issuer, TokenValidation.Audience, Lifetime);
}
