using CradleToCareer.Abstractions;
using CradleToCareer.Application.Research;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Grains.Research;

/// <summary>
/// Every <see cref="Interval"/>, starts the job of every extract still queued or running (<see cref="IExtractJobs"/> is
/// harmless for one that runs). After a silo went down mid-job, this is what makes the extract again.
/// </summary>
public sealed class ResearchExtractSweepGrain(IResearchExtractStore extracts, IExtractJobs jobs, ILogger<ResearchExtractSweepGrain> logger)
    : Grain, IResearchExtractSweepGrain, IRemindable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan KeepAlive = TimeSpan.FromMinutes(1);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(SweepAsync, TimeSpan.Zero, Interval);
        await this.RegisterOrUpdateReminder("keep-sweeping", KeepAlive, KeepAlive);
    }

    public Task StartAsync() => Task.CompletedTask;

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var extractId in await extracts.UnfinishedAsync(cancellationToken))
            {
                await jobs.StartAsync(extractId, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "The research extract sweep failed; it tries again in {Interval}", Interval);
        }
    }
}
