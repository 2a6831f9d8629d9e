namespace CradleToCareer.Application.Alerts;

/// <summary>
/// Wakes this process's webhook dispatcher and live streams the moment an alert is recorded here. It carries nothing:
/// whoever wakes reads the durable alert record, and whoever misses a pulse finds the alert on its next poll.
/// Take <see cref="Next"/> before reading, then wait on it, so a pulse between the two is not missed.
/// </summary>
public sealed class AlertPulse
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>Completes at the next pulse.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    /// <summary>Wakes everyone waiting now.</summary>
    public void Notify() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
