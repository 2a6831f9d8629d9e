using CradleToCareer.Abstractions;
using CradleToCareer.Application.Exchange;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Grains.Exchange;

/// <summary>
/// Runs <see cref="SweepTranscriptRequests"/> every <see cref="Interval"/>, and every <see cref="RecheckEvery"/>-th time
/// with every waiting request tried again. One activation in the cluster, so silos never sweep side by side.
/// </summary>
public sealed class TranscriptRequestSweepGrain(SweepTranscriptRequests sweep, ILogger<TranscriptRequestSweepGrain> logger)
    : Grain, ITranscriptRequestSweepGrain, IRemindable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);
    public const int RecheckEvery = 10;
    private static readonly TimeSpan KeepAlive = TimeSpan.FromMinutes(1);
    private int _runs;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(SweepOnTimerAsync, Interval, Interval);
        await this.RegisterOrUpdateReminder("keep-sweeping", KeepAlive, KeepAlive);
    }

    public Task StartAsync() => Task.CompletedTask;

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;

    public Task SweepAsync(bool recheckWaiting) => sweep.RunAsync(recheckWaiting, CancellationToken.None);

    private async Task SweepOnTimerAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sweep.RunAsync(++_runs % RecheckEvery == 0, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "The transcript request sweep failed; it tries again in {Interval}", Interval);
        }
    }
}
