namespace CradleToCareer.Application;

/// <summary>
/// Wakes whoever waits in this process the moment something durable happened here (an alert recorded, a push queued).
/// It carries nothing: whoever wakes reads the durable record, and whoever misses a pulse finds the work on its next
/// poll. Take <see cref="Next"/> before reading, then wait on it, so a pulse between the two is not missed.
/// </summary>
public abstract class Pulse
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>Completes at the next pulse.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    /// <summary>Wakes everyone waiting now.</summary>
    public void Notify() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
