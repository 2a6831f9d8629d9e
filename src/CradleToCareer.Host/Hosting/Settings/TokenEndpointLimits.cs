namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>
/// The limits of <c>POST /oauth/token</c> (<c>C2C:RateLimits:Token</c>): a token bucket per caller address, the
/// failed secrets a client id may take before it is locked out for a while, and how many secret checks (each a
/// PBKDF2 hash) run at once on this silo.
/// </summary>
public sealed class TokenEndpointLimits
{
    /// <summary>Token requests a second one address may sustain (default 2).</summary>
    public int RequestsPerSecondPerAddress { get; set; } = 2;

    /// <summary>Token requests one address may send at once after a quiet spell (default 30).</summary>
    public int BurstPerAddress { get; set; } = 30;

    /// <summary>Wrong secrets for one client id from one address that start a lockout of that pair (default 5).</summary>
    public int FailuresPerAddress { get; set; } = 5;

    /// <summary>Wrong secrets for one client id from all addresses together that lock the client id out (default 50).</summary>
    public int FailuresPerClient { get; set; } = 50;

    /// <summary>How long a wrong secret is counted, and how long a lockout is remembered to grow the next one (default 900).</summary>
    public int FailureWindowSeconds { get; set; } = 900;

    /// <summary>The first lockout; every further one in a row lasts twice the one before (default 60).</summary>
    public int LockoutSeconds { get; set; } = 60;

    /// <summary>The longest a lockout grows to (default 900).</summary>
    public int MaxLockoutSeconds { get; set; } = 900;

    /// <summary>Secret checks running at once on this silo (default half the processors, at least one).</summary>
    public int? ConcurrentSecretChecks { get; set; }

    /// <summary>Token requests waiting for a secret check; beyond them the answer is 503 (default 20).</summary>
    public int QueuedSecretChecks { get; set; } = 20;

    public int SecretCheckPermits => ConcurrentSecretChecks ?? Math.Max(1, Environment.ProcessorCount / 2);

    public TimeSpan FailureWindow => TimeSpan.FromSeconds(FailureWindowSeconds);

    public TimeSpan FirstLockout => TimeSpan.FromSeconds(LockoutSeconds);

    public TimeSpan MaxLockout => TimeSpan.FromSeconds(MaxLockoutSeconds);
}
