namespace CradleToCareer.Host.Alerts;

/// <summary>For background work that calls grains: the silo in this process takes calls once the application has started.</summary>
public static class ApplicationStart
{
    public static Task WhenStartedAsync(this IHostApplicationLifetime lifetime, CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(cancellationToken);
    }
}
