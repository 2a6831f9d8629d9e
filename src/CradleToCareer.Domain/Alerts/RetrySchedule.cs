namespace CradleToCareer.Domain.Alerts;

/// <summary>
/// When to try a failed webhook delivery again. After failed attempt n the wait is 5 s × 2^(n-1), capped at one
/// hour, scaled by a jitter factor between 0.8 and 1.2. Retries go on until an attempt has been made at least
/// 24 hours after the first one; that attempt is the last, and an alert still undelivered then is dead.
/// </summary>
public static class RetrySchedule
{
    public static TimeSpan InitialDelay { get; } = TimeSpan.FromSeconds(5);
    public static TimeSpan MaxDelay { get; } = TimeSpan.FromHours(1);
    public static TimeSpan RetryWindow { get; } = TimeSpan.FromHours(24);
    public const double JitterSpread = 0.2;

    /// <summary>
    /// An upper bound on attempts, the first one included: enough to span <see cref="RetryWindow"/> even if every
    /// wait is at its shortest (×0.8), so the window, not this bound, ends a schedule that runs on time.
    /// </summary>
    public const int MaxAttempts = 40;

    /// <summary>
    /// The wait after failed attempt <paramref name="attemptsMade"/> (1-based). <paramref name="jitter"/> in [0, 1]
    /// (e.g. <see cref="Random.NextDouble"/>) maps linearly onto the factor 0.8 .. 1.2; 0.5 gives the plain backoff.
    /// </summary>
    public static TimeSpan DelayAfter(int attemptsMade, double jitter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attemptsMade, 1);
        if (!(jitter is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(jitter), jitter, "Jitter must be between 0 and 1.");
        }

        var doublings = Math.Min(attemptsMade - 1, 30);
        var backoff = InitialDelay * Math.Pow(2, doublings);
        var capped = backoff < MaxDelay ? backoff : MaxDelay;
        return capped * (1 + (JitterSpread * ((2 * jitter) - 1)));
    }

    /// <summary>
    /// When to make the next attempt, given the first attempt's time, how many attempts were made, and the time the
    /// last one failed (<paramref name="now"/>); <c>null</c> when there is none: the last attempt was made at least
    /// <see cref="RetryWindow"/> after the first, or <see cref="MaxAttempts"/> were made. The wait counts from
    /// <paramref name="now"/>, so a late attempt (a restart, a slow receiver) never shortens the next wait.
    /// </summary>
    public static DateTimeOffset? NextAttemptAt(DateTimeOffset firstAttempt, int attemptsMade, DateTimeOffset now, double jitter)
    {
        var delay = DelayAfter(attemptsMade, jitter);
        if (attemptsMade >= MaxAttempts || now - firstAttempt >= RetryWindow)
        {
            return null;
        }

        return now + delay;
    }
}
