namespace CradleToCareer.Host.Hosting;

/// <summary>
/// At every silo start Orleans' watchdog warns that its "participant check thread has not completed" for as long
/// as the machine has been up. Nothing stalled: the watchdog starts its platform-check thread before it stamps the
/// time of the first component check, and on a busy machine (two cores) that thread looks before the stamp exists.
/// Until the host has started, the watchdog's category logs errors only; from then on its stall warnings come through.
/// </summary>
internal sealed class WatchdogStartNoise : IHostedLifecycleService
{
    private const string Category = "Orleans.Runtime.Watchdog";

    private volatile bool _hostStarted;

    public static void Quiet(WebApplicationBuilder builder)
    {
        var noise = new WatchdogStartNoise();
        builder.Logging.AddFilter(Category, level => level >= LogLevel.Error || (noise._hostStarted && level >= LogLevel.Warning));
        builder.Services.AddSingleton<IHostedService>(noise);
    }

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        _hostStarted = true;
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
