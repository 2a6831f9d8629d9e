using CradleToCareer.Storage.InMemory.Access.Signing;
using CradleToCareer.Testing;
using CradleToCareer.Application.Access.Signing;
using Microsoft.IdentityModel.Tokens;

namespace CradleToCareer.Storage.Tests.Access.Signing;

public sealed class SigningKeyRingTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private static readonly AccessTokenClaims Claims = new("client_a", "org_a", ["source"], []);

    private readonly InMemorySigningKeyStore _store = new();
    private readonly FakeClock _clock = FakeClock.AtRealNow();

    [Fact]
    public async Task Initialize_creates_one_key_and_a_second_ring_on_the_store_loads_it()
    {
        var first = new SigningKeyRing(_store, _clock);
        await first.InitializeAsync(CancellationToken.None);
        var second = new SigningKeyRing(_store, _clock);
        await second.InitializeAsync(CancellationToken.None);

        var stored = Assert.Single(await _store.LoadAsync(CancellationToken.None));
        Assert.Equal(stored.KeyId, first.Current.Key.KeyId);
        Assert.Equal(stored.KeyId, second.Current.Key.KeyId);
        Assert.Equal(SecurityAlgorithms.EcdsaSha256, first.Current.Algorithm);
        Assert.IsType<ECDsaSecurityKey>(first.Current.Key);
    }

    [Fact]
    public async Task Rings_initializing_together_end_with_one_shared_key()
    {
        var rings = Enumerable.Range(0, 8).Select(_ => new SigningKeyRing(_store, _clock)).ToList();

        await Task.WhenAll(rings.Select(ring => Task.Run(() => ring.InitializeAsync(CancellationToken.None))));

        var stored = Assert.Single(await _store.LoadAsync(CancellationToken.None));
        Assert.All(rings, ring => Assert.Equal(stored.KeyId, ring.Current.Key.KeyId));
    }

    [Fact]
    public void Using_the_ring_before_initializing_is_refused()
    {
        var ring = new SigningKeyRing(_store, _clock);

        var error = Assert.Throws<InvalidOperationException>(() => ring.Current);
        Assert.Contains("InitializeAsync", error.Message);
    }

    [Fact]
    public async Task After_rotation_new_tokens_carry_the_new_kid_and_old_tokens_still_validate()
    {
        var ring = await InitializedRingAsync();
        var issuer = Issuer(ring);
        var (before, _) = issuer.Issue(Claims);
        var firstKeyId = ring.Current.Key.KeyId;

        await ring.RotateAsync(CancellationToken.None);
        var (after, _) = issuer.Issue(Claims);

        Assert.NotEqual(firstKeyId, ring.Current.Key.KeyId);
        Assert.Equal(firstKeyId, TokenValidation.KeyIdOf(before));
        Assert.Equal(ring.Current.Key.KeyId, TokenValidation.KeyIdOf(after));
        Assert.True((await TokenValidation.ValidateAsync(before, ring.ValidationKeys)).IsValid);
        Assert.True((await TokenValidation.ValidateAsync(after, ring.ValidationKeys)).IsValid);
        var stored = await _store.LoadAsync(CancellationToken.None);
        Assert.Equal([ring.Current.Key.KeyId, firstKeyId], stored.Select(key => key.KeyId));
        Assert.Null(stored[0].RetiredAt);
        Assert.Equal(_clock.GetUtcNow(), stored[1].RetiredAt);
    }

    [Fact]
    public async Task Rings_rotating_together_leave_exactly_one_key_signing()
    {
        var rings = new List<SigningKeyRing>();
        for (var i = 0; i < 6; i++)
        {
            rings.Add(await InitializedRingAsync());
        }

        await Task.WhenAll(rings.Select(ring => Task.Run(() => ring.RotateAsync(CancellationToken.None))));
        await Task.WhenAll(rings.Select(ring => ring.RefreshAsync(CancellationToken.None)));

        var stored = await _store.LoadAsync(CancellationToken.None);
        var signing = Assert.Single(stored, key => key.RetiredAt is null);
        Assert.Equal(7, stored.Count);
        Assert.All(rings, ring => Assert.Equal(signing.KeyId, ring.Current.Key.KeyId));
    }

    [Fact]
    public async Task A_retired_key_stops_validating_once_its_window_has_passed()
    {
        var window = TimeSpan.FromMinutes(15);
        var ring = new SigningKeyRing(_store, _clock, window);
        await ring.InitializeAsync(CancellationToken.None);
        var firstKeyId = ring.Current.Key.KeyId;
        await ring.RotateAsync(CancellationToken.None);

        _clock.Advance(window - TimeSpan.FromSeconds(1));
        Assert.Contains(firstKeyId, ring.ValidationKeys.Select(key => key.KeyId));

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([ring.Current.Key.KeyId], ring.ValidationKeys.Select(key => key.KeyId));
        Assert.Equal([ring.Current.Key.KeyId], ring.PublicKeys().Keys.Select(key => key.Kid));
    }

    [Fact]
    public async Task Refresh_picks_up_a_rotation_made_by_another_ring()
    {
        var ring = await InitializedRingAsync();
        var other = await InitializedRingAsync();
        await other.RotateAsync(CancellationToken.None);
        var (token, _) = Issuer(other).Issue(Claims);
        Assert.False((await TokenValidation.ValidateAsync(token, ring.ValidationKeys)).IsValid);

        await ring.RefreshAsync(CancellationToken.None);

        Assert.Equal(other.Current.Key.KeyId, ring.Current.Key.KeyId);
        Assert.True((await TokenValidation.ValidateAsync(token, ring.ValidationKeys)).IsValid);
    }

    [Fact]
    public async Task Public_keys_hold_only_the_public_half()
    {
        var ring = await InitializedRingAsync();
        await ring.RotateAsync(CancellationToken.None);

        var keys = ring.PublicKeys().Keys;

        Assert.Equal(ring.ValidationKeys.Select(key => key.KeyId), keys.Select(key => key.Kid));
        Assert.All(keys, key =>
        {
            Assert.Equal("EC", key.Kty);
            Assert.Equal("P-256", key.Crv);
            Assert.Equal("ES256", key.Alg);
            Assert.Equal("sig", key.Use);
            Assert.Equal(32, Base64UrlEncoder.DecodeBytes(key.X).Length);
            Assert.Equal(32, Base64UrlEncoder.DecodeBytes(key.Y).Length);
            Assert.Null(key.D);
            Assert.False(key.HasPrivateKey);
        });
    }

    private async Task<SigningKeyRing> InitializedRingAsync()
    {
        var ring = new SigningKeyRing(_store, _clock);
        await ring.InitializeAsync(CancellationToken.None);
        return ring;
    }

    private AccessTokenIssuer Issuer(SigningKeyRing ring) =>
        new(ring, _clock, TokenValidation.Issuer, TokenValidation.Audience, Lifetime);
}
