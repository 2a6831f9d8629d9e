namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>
/// The limits of the anonymous outcome routes (<c>C2C:RateLimits:Public</c>): a token bucket per caller address, so
/// one address polling the public figures cannot crowd out the others.
/// </summary>
public sealed class PublicFiguresLimits
{
    /// <summary>Requests a second one address may sustain (default 20).</summary>
    public int RequestsPerSecondPerAddress { get; set; } = 20;

    /// <summary>Requests one address may send at once after a quiet spell (default 60).</summary>
    public int BurstPerAddress { get; set; } = 60;
}
