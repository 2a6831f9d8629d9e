using System.Security.Claims;
using CradleToCareer.Application.Access.Signing;
using CradleToCareer.Host.Access;
using CradleToCareer.Storage.InMemory.Access.Signing;
using CradleToCareer.Testing;
using Microsoft.IdentityModel.Tokens;

namespace CradleToCareer.Host.Tests.Access;

/// <summary>
/// A token that passed is remembered until it expires, so its signature is verified once; nothing else is remembered,
/// and each request gets an identity of its own. Signature checks are counted through the signing-key resolver, which
/// the handler asks only when it verifies a signature.
/// </summary>
public sealed class VerifiedTokenMemoryTests
{
    private const string Issuer = "urn:c2c:record-service";
    private const string Audience = "urn:c2c:api";
    private static readonly AccessTokenClaims Claims = new("c_reader", "org_a", ["student-portal"], [], "0123456789abcdef");

    private readonly FakeClock _clock = FakeClock.AtRealNow();
    private int _signatureChecks;

    [Fact]
    public async Task A_token_that_passed_is_not_verified_again_until_it_expires()
    {
        var keys = await RingAsync();
        var memory = new VerifiedTokenMemory(_clock);
        var token = Issue(keys, TimeSpan.FromMinutes(15));

        var first = await memory.ValidateTokenAsync(token, Parameters(keys));
        var second = await memory.ValidateTokenAsync(token, Parameters(keys));

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal(1, _signatureChecks);
        Assert.Equal("c_reader", second.ClaimsIdentity.FindFirst("sub")?.Value);
        Assert.Same(first.SecurityToken, second.SecurityToken);

        _clock.Advance(TimeSpan.FromMinutes(15));
        var afterExpiry = await memory.ValidateTokenAsync(token, Parameters(keys));

        Assert.Equal(2, _signatureChecks);
        Assert.True(afterExpiry.IsValid); // the validator's own clock has not moved; only the memory's has
    }

    [Fact]
    public async Task A_refused_token_is_checked_again_every_time()
    {
        var keys = await RingAsync();
        var stranger = await RingAsync();
        var memory = new VerifiedTokenMemory(_clock);
        var forged = Issue(stranger, TimeSpan.FromMinutes(15));

        var first = await memory.ValidateTokenAsync(forged, Parameters(keys));
        var second = await memory.ValidateTokenAsync(forged, Parameters(keys));

        Assert.False(first.IsValid);
        Assert.False(second.IsValid);
        Assert.Equal(2, _signatureChecks);
    }

    [Fact]
    public async Task Each_remembered_answer_carries_an_identity_of_its_own()
    {
        var keys = await RingAsync();
        var memory = new VerifiedTokenMemory(_clock);
        var token = Issue(keys, TimeSpan.FromMinutes(15));

        var first = await memory.ValidateTokenAsync(token, Parameters(keys));
        first.ClaimsIdentity.AddClaim(new Claim("added-by-one-request", "x"));
        var second = await memory.ValidateTokenAsync(token, Parameters(keys));
        second.ClaimsIdentity.AddClaim(new Claim("added-by-another", "y"));
        var third = await memory.ValidateTokenAsync(token, Parameters(keys));

        Assert.Null(third.ClaimsIdentity.FindFirst("added-by-another"));
        Assert.NotSame(second.ClaimsIdentity, third.ClaimsIdentity);
        Assert.Equal(1, _signatureChecks);
    }

    [Fact]
    public async Task Once_full_it_lets_the_expired_go_and_remembers_no_more_than_its_capacity()
    {
        var keys = await RingAsync();
        var memory = new VerifiedTokenMemory(_clock);
        var shortLived = Issue(keys, TimeSpan.FromMinutes(1));
        await memory.ValidateTokenAsync(shortLived, Parameters(keys));
        for (var i = 1; i < VerifiedTokenMemory.Capacity; i++)
        {
            await memory.ValidateTokenAsync(Issue(keys, TimeSpan.FromMinutes(15), $"c_{i}"), Parameters(keys));
        }

        var overCapacity = Issue(keys, TimeSpan.FromMinutes(15), "c_over");
        await memory.ValidateTokenAsync(overCapacity, Parameters(keys));
        await memory.ValidateTokenAsync(overCapacity, Parameters(keys));
        Assert.Equal(VerifiedTokenMemory.Capacity + 2, _signatureChecks);

        _clock.Advance(TimeSpan.FromMinutes(2));
        var checks = _signatureChecks;
        await memory.ValidateTokenAsync(overCapacity, Parameters(keys));
        await memory.ValidateTokenAsync(overCapacity, Parameters(keys));
        Assert.Equal(checks + 1, _signatureChecks);
    }

    private static async Task<SigningKeyRing> RingAsync()
    {
        var ring = new SigningKeyRing(new InMemorySigningKeyStore(), TimeProvider.System);
        await ring.InitializeAsync(CancellationToken.None);
        return ring;
    }

    private string Issue(SigningKeyRing keys, TimeSpan lifetime, string clientId = "c_reader") =>
        new AccessTokenIssuer(keys, _clock, Issuer, Audience, lifetime).Issue(Claims with { ClientId = clientId }).Token;

    private TokenValidationParameters Parameters(SigningKeyRing keys) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKeyResolver = (_, _, _, _) =>
        {
            Interlocked.Increment(ref _signatureChecks);
            return keys.ValidationKeys;
        },
        NameClaimType = "sub",
    };
}
