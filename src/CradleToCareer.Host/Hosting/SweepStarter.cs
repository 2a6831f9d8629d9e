using CradleToCareer.Abstractions;
using CradleToCareer.Host.Alerts;

namespace CradleToCareer.Host.Hosting;

/// <summary>
/// Wakes the cluster's sweeps (alerts, transcript requests, research extracts) when this silo starts; each keeps itself going from then on.
/// </summary>
public sealed class SweepStarter(IClusterClient cluster, IHostApplicationLifetime lifetime, ILogger<SweepStarter> logger)
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
                await cluster.GetGrain<ITranscriptRequestSweepGrain>(0).StartAsync();
                await cluster.GetGrain<IResearchExtractSweepGrain>(0).StartAsync();
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Starting the sweeps failed; trying again in {Pause}", RetryPause);
                await Task.Delay(RetryPause, stoppingToken);
            }
        }
    }
}
