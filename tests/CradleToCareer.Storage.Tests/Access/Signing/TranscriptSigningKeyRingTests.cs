using CradleToCareer.Storage.InMemory.Access.Signing;
using CradleToCareer.Application.Access.Signing;
using CradleToCareer.Testing;

namespace CradleToCareer.Storage.Tests.Access.Signing;

public sealed class TranscriptSigningKeyRingTests
{
    private static readonly TimeSpan Century = TimeSpan.FromDays(36_525);

    private readonly InMemorySigningKeyStore _store = new();
    private readonly FakeClock _clock = FakeClock.AtRealNow();

    [Fact]
    public async Task The_transcript_ring_starts_with_tk_first_and_rotates_to_tk_keys()
    {
        var ring = SigningKeyRing.ForTranscripts(_store, _clock);
        await ring.InitializeAsync(CancellationToken.None);
        var first = ring.Current.Key.KeyId;

        await ring.RotateAsync(CancellationToken.None);

        Assert.Equal(SigningKeyRing.FirstTranscriptKeyId, first);
        Assert.Equal("tk_first", first);
        Assert.StartsWith("tk_", ring.Current.Key.KeyId);
        Assert.NotEqual(first, ring.Current.Key.KeyId);
    }

    [Fact]
    public async Task A_retired_transcript_key_still_verifies_a_century_later()
    {
        var ring = SigningKeyRing.ForTranscripts(_store, _clock);
        await ring.InitializeAsync(CancellationToken.None);
        var signedBefore = TranscriptSignatures.Sign(ring);
        await ring.RotateAsync(CancellationToken.None);
        await ring.RotateAsync(CancellationToken.None);

        _clock.Advance(Century);

        Assert.Equal(3, ring.ValidationKeys.Count);
        Assert.Contains("tk_first", ring.PublicKeys().Keys.Select(key => key.Kid));
        var result = await TranscriptSignatures.VerifyAsync(signedBefore, ring.PublicKeys().Keys);
        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task An_access_token_ring_told_to_keep_retired_keys_forever_keeps_them_and_its_k_prefix()
    {
        var ring = new SigningKeyRing(_store, _clock, SigningKeyRing.RetiredKeysVerifyForever);
        await ring.InitializeAsync(CancellationToken.None);
        await ring.RotateAsync(CancellationToken.None);

        _clock.Advance(Century);

        Assert.Equal(SigningKeyRing.FirstKeyId, ring.ValidationKeys[^1].KeyId);
        Assert.StartsWith("k_", ring.Current.Key.KeyId);
        Assert.Equal(2, ring.PublicKeys().Keys.Count);
    }

    [Fact]
    public async Task The_largest_validity_does_not_overflow()
    {
        var ring = new SigningKeyRing(_store, _clock, TimeSpan.MaxValue);
        await ring.InitializeAsync(CancellationToken.None);
        await ring.RotateAsync(CancellationToken.None);

        _clock.Advance(Century);

        Assert.Equal(2, ring.ValidationKeys.Count);
    }

    [Fact]
    public void A_negative_validity_other_than_forever_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SigningKeyRing(_store, _clock, TimeSpan.FromSeconds(-1)));
}
