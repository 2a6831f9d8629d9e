using CradleToCareer.Abstractions;

namespace CradleToCareer.Host.Alerts;

/// <summary>Wakes the cluster's alert sweep when this silo starts; it keeps itself going from then on.</summary>
public sealed class AlertSweepStarter(IClusterClient cluster, IHostApplicationLifetime lifetime, ILogger<AlertSweepStarter> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await cluster.GetGrain<IAlertSweepGrain>(0).StartAsync();
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Starting the alert sweep failed; trying again in {Pause}", RetryPause);
                await Task.Delay(RetryPause, stoppingToken);
            }
        }
    }
}
