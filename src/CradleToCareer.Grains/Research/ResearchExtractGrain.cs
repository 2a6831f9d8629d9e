using CradleToCareer.Abstractions;
using CradleToCareer.Application.Research;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Grains.Research;

/// <summary>
/// Runs one extract's job (<see cref="RunResearchExtract"/>) on a timer of its own, so the grain keeps answering while
/// the job runs. A job that throws is tried again after <see cref="RetryDelay"/>; each run is a fresh attempt, which
/// drops whatever file an earlier one began. Being one activation in the cluster, it never runs the job twice at once.
/// </summary>
public sealed class ResearchExtractGrain(RunResearchExtract job, ILogger<ResearchExtractGrain> logger) : Grain, IResearchExtractGrain
{
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestJob = TimeSpan.FromHours(2);

    private IGrainTimer? _run;

    private string ExtractId => this.GetPrimaryKeyString();

    public Task StartAsync()
    {
        Schedule(TimeSpan.Zero);
        return Task.CompletedTask;
    }

    private void Schedule(TimeSpan delay) =>
        _run ??= this.RegisterGrainTimer(
            RunAsync, new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        this.DelayDeactivation(LongestJob);
        var failed = false;
        try
        {
            await job.RunAsync(ExtractId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Research extract {ExtractId} failed to run; trying again in {Delay}", ExtractId, RetryDelay);
            failed = true;
        }
        finally
        {
            _run?.Dispose();
            _run = null;
        }

        if (failed)
        {
            Schedule(RetryDelay);
        }
        else
        {
            this.DeactivateOnIdle();
        }
    }
}
