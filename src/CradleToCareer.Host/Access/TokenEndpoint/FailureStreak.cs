using CradleToCareer.Host.Hosting.Settings;

namespace CradleToCareer.Host.Access.TokenEndpoint;

/// <summary>
/// The wrong secrets counted under one key (a client id, or a client id from one address): a number of them
/// within the failure window starts a lockout, and each lockout that follows the last within a window lasts twice
/// as long, up to the maximum. A streak quiet for a whole window is forgotten.
/// </summary>
internal sealed class FailureStreak
{
    private int _failures;
    private DateTimeOffset _countingSince;
    private int _lockouts;
    private DateTimeOffset _lockedUntil;

    /// <summary>How long the key must still wait, or null when it is not locked out.</summary>
    public TimeSpan? LockedFor(DateTimeOffset now) => now < _lockedUntil ? _lockedUntil - now : null;

    public void Fail(DateTimeOffset now, int threshold, TokenEndpointLimits limits)
    {
        if (now - _countingSince >= limits.FailureWindow)
        {
            _failures = 0;
            _countingSince = now;
        }

        if (now - _lockedUntil >= limits.FailureWindow)
        {
            _lockouts = 0;
        }

        if (++_failures < threshold)
        {
            return;
        }

        _lockouts++;
        _lockedUntil = now + Lockout(_lockouts, limits);
        _failures = 0;
        _countingSince = now;
    }

    /// <summary>True once nothing about the key matters any more: no failure counting, no lockout to grow.</summary>
    public bool IsForgotten(DateTimeOffset now, TimeSpan window) => now - _countingSince >= window && now - _lockedUntil >= window;

    private static TimeSpan Lockout(int lockouts, TokenEndpointLimits limits) => TimeSpan.FromSeconds(
        Math.Min(limits.FirstLockout.TotalSeconds * Math.Pow(2, lockouts - 1), limits.MaxLockout.TotalSeconds));
}
