using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CradleToCareer.Host.Access;

/// <summary>
/// Validates our own bearer tokens as <see cref="JsonWebTokenHandler"/> does, and remembers the ones that passed until
/// they expire, so a client that sends one token with every request has its ES256 signature verified once per silo, not
/// once per request (at 1,000 reads a second the verifications took a fifth of the host's CPU). Only the exact token
/// text is remembered, never a refusal, and never past the token's own expiry: a remembered token is one the handler
/// would still accept, since a rotated signing key keeps validating for as long as its tokens live (security.md). What
/// can end a token earlier, its client disabled or its secret changed, is checked after validation on every request
/// (<see cref="RevokedClientTokens"/>), remembered or not.
/// </summary>
internal sealed class VerifiedTokenMemory : JsonWebTokenHandler
{
    /// <summary>The most tokens remembered; past it the expired ones are let go, and a new one is remembered only if that made room.</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Verified> _verified = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public VerifiedTokenMemory(TimeProvider clock)
    {
        _clock = clock;
        MapInboundClaims = false;
    }

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = _clock.GetUtcNow();
        if (_verified.TryGetValue(token, out var remembered))
        {
            if (now < remembered.Until)
            {
                return remembered.Result();
            }

            _verified.TryRemove(token, out _);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { } validated
            && new DateTimeOffset(DateTime.SpecifyKind(validated.ValidTo, DateTimeKind.Utc)) is var expires
            && now < expires && HasRoom(now))
        {
            _verified[token] = new Verified(result, expires);
        }

        return result;
    }

    private bool HasRoom(DateTimeOffset now)
    {
        if (_verified.Count < Capacity)
        {
            return true;
        }

        foreach (var (token, verified) in _verified)
        {
            if (now >= verified.Until)
            {
                _verified.TryRemove(token, out _);
            }
        }

        return _verified.Count < Capacity;
    }

    /// <summary>A passed validation; each request gets its own copy of the identity, which the request may add to.</summary>
    private sealed record Verified(TokenValidationResult Passed, DateTimeOffset Until)
    {
        public TokenValidationResult Result() => new()
        {
            IsValid = true,
            ClaimsIdentity = Passed.ClaimsIdentity.Clone(),
            SecurityToken = Passed.SecurityToken,
            Issuer = Passed.Issuer,
            TokenType = Passed.TokenType,
        };
    }
}
