using CradleToCareer.Application.Imports;
using CradleToCareer.Host.Alerts;
using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Host.Ingest;
using CradleToCareer.Storage.Postgres;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Imports;

/// <summary>
/// Runs import jobs on this silo, one at a time, as long as any is waiting. When the database is out of reach (or
/// anything else fails) it waits and tries again, taking up the job it held where its results end: no line is ever
/// marked failed for it. On shutdown the job is left held; its lease runs out and any silo takes it up.
/// </summary>
public sealed class ImportWorker(
    RunImports run, IOptions<ImportOptions> options, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<ImportWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan IdlePause = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(2);

    private readonly string _owner = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var pause = TimeSpan.Zero;
            try
            {
                if (!await run.RunOnceAsync(_owner, options.Value.Lease, IngestLimits.MaxLineBytes, stoppingToken))
                {
                    pause = IdlePause;
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailure(exception);
                pause = RetryPause;
            }

            await Task.Delay(pause, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private void LogFailure(Exception exception)
    {
        if (PostgresFailures.IsUnavailable(exception))
        {
            logger.LogWarning("The database is out of reach while running imports ({Reason}); trying again in {Pause}", exception.GetType().Name, RetryPause);
        }
        else
        {
            logger.LogError(exception, "Running an import failed; trying again in {Pause}", RetryPause);
        }
    }
}
