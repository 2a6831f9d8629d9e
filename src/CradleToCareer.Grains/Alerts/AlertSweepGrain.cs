using CradleToCareer.Abstractions;
using CradleToCareer.Storage.Alerts;
using CradleToCareer.Storage.EventLog;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Grains.Alerts;

/// <summary>
/// Walks the event log from a durable cursor. Events younger than the settle time are left to the normal
/// path (the grain raises alerts itself within milliseconds); older ones have their persons asked to raise what is
/// owed, which costs nothing when it was raised already. The cursor moves only past persons who answered.
/// </summary>
public sealed class AlertSweepGrain(
    IEventLog eventLog, IAlertSweepCursor cursor, AlertSweepSettings settings, TimeProvider clock, ILogger<AlertSweepGrain> logger)
    : Grain, IAlertSweepGrain, IRemindable
{    private static readonly TimeSpan KeepAlive = TimeSpan.FromMinutes(1);
    private const int EventsPerStep = 2000;
    private const int PersonsAtOnce = 8;
    private const int StepsPerSweep = 50;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(SweepOnTimerAsync, settings.Interval, settings.Interval);
        await this.RegisterOrUpdateReminder("keep-sweeping", KeepAlive, KeepAlive);
    }

    public Task StartAsync() => Task.CompletedTask;

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;

    public async Task<long> SweepAsync()
    {
        var reached = await cursor.ReadAsync(CancellationToken.None);
        for (var step = 0; step < StepsPerSweep; step++)
        {
            var settled = clock.GetUtcNow() - settings.SettleTime;
            var logged = await eventLog.PersonsLoggedAfterAsync(reached, settled, EventsPerStep, CancellationToken.None);
            if (logged.LastSeq == reached)
            {
                break;
            }

            foreach (var persons in logged.PersonIds.Chunk(PersonsAtOnce))
            {
                await Task.WhenAll(persons.Select(person => GrainFactory.GetGrain<IStudentGrain>(person).RaiseAlertsAsync()));
            }

            await cursor.AdvanceAsync(logged.LastSeq, CancellationToken.None);
            reached = logged.LastSeq;
        }

        return reached;
    }

    private async Task SweepOnTimerAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SweepAsync();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "The alert sweep failed; it tries again in {Interval}", settings.Interval);
        }
    }
}
