using CradleToCareer.Application.Imports;
using CradleToCareer.Host.Alerts;
using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Host.Ingest;
using CradleToCareer.Storage.Postgres;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Imports;

/// <summary>
/// Runs import jobs on this silo, a turn of one at a time, as long as any is waiting; idle, it polls less and less often
/// (<see cref="ImportPolling"/>) unless an upload here wakes it. When the database is out of reach (or
/// anything else fails) it waits and tries again, taking up the job it held where its results end: no line is ever
/// marked failed for it. On shutdown the job is left held; its lease runs out and any silo takes it up. Once an hour
/// it deletes what old imports leave behind (<see cref="ForgetImports"/>).
/// </summary>
public sealed class ImportWorker(
    RunImports run, ForgetImports forget, ImportPulse queued, IOptions<ImportOptions> options, IHostApplicationLifetime lifetime,
    TimeProvider clock, ILogger<ImportWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan ForgetEvery = TimeSpan.FromHours(1);

    private readonly string _owner = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    private DateTimeOffset _nextForget = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        TimeSpan? idle = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = queued.Next;
            var pause = TimeSpan.Zero;
            try
            {
                await ForgetIfDueAsync(stoppingToken);
                if (await run.RunOnceAsync(_owner, options.Value.Lease, IngestLimits.MaxLineBytes, stoppingToken))
                {
                    idle = null;
                }
                else
                {
                    pause = (idle = ImportPolling.NextIdlePause(idle)).Value;
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailure(exception);
                pause = RetryPause;
            }

            await PauseAsync(pause, woken, stoppingToken);
        }
    }

    private async Task ForgetIfDueAsync(CancellationToken stoppingToken)
    {
        if (clock.GetUtcNow() < _nextForget)
        {
            return;
        }

        await forget.RunAsync(options.Value.KeepResults, stoppingToken);
        _nextForget = clock.GetUtcNow() + ForgetEvery;
    }

    /// <summary>Waits for the pause to pass, an upload here, or shutdown, whichever comes first.</summary>
    private async Task PauseAsync(TimeSpan pause, Task woken, CancellationToken stoppingToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delay = Task.Delay(pause, clock, waiting.Token);
        await Task.WhenAny(woken, delay);
        await waiting.CancelAsync();
        await delay.ContinueWith(_ => { }, TaskScheduler.Default);
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
