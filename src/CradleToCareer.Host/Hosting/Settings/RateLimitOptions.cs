namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>
/// The per-client token bucket (<c>C2C:RateLimits</c>): <see cref="RequestsPerSecond"/> (default 5,000) and
/// <see cref="Burst"/> (default twice the rate); and the token endpoint's own, much tighter limits
/// (<c>C2C:RateLimits:Token</c>, <see cref="TokenEndpointLimits"/>); and the anonymous outcome routes' per-address limits
/// (<c>C2C:RateLimits:Public</c>, <see cref="PublicFiguresLimits"/>).
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "C2C:RateLimits";

    public int RequestsPerSecond { get; set; } = 5_000;

    public int? Burst { get; set; }

    public int BucketSize => Burst ?? RequestsPerSecond * 2;

    public TokenEndpointLimits Token { get; set; } = new();

    public PublicFiguresLimits Public { get; set; } = new();
}
