using CradleToCareer.Abstractions;
using CradleToCareer.Application.Alerts;
using CradleToCareer.Application.EventLog;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Grains.Alerts;

/// <summary>
/// Walks the event log from a durable cursor. Events younger than the settle time are left to the normal
/// path (the grain raises alerts itself within milliseconds); older ones have their persons asked, once per sweep
/// however many of their events it met, to raise what is owed, which costs little when it was raised already. The
/// cursor moves only once every person met has answered.
/// </summary>
public sealed class AlertSweepGrain(
    IEventLog eventLog, IAlertSweepCursor cursor, AlertSweepSettings settings, TimeProvider clock, ILogger<AlertSweepGrain> logger)
    : Grain, IAlertSweepGrain, IRemindable
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromMinutes(1);
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
        var walked = reached;
        var persons = new HashSet<string>(StringComparer.Ordinal);
        var settled = clock.GetUtcNow() - settings.SettleTime;
        for (var step = 0; step < StepsPerSweep; step++)
        {
            var logged = await eventLog.PersonsLoggedAfterAsync(walked, settled, EventsPerStep, CancellationToken.None);
            if (logged.LastSeq == walked)
            {
                break;
            }

            persons.UnionWith(logged.PersonIds);
            walked = logged.LastSeq;
        }

        foreach (var batch in persons.Chunk(PersonsAtOnce))
        {
            await Task.WhenAll(batch.Select(person => GrainFactory.GetGrain<IStudentGrain>(person).RaiseAlertsAsync()));
        }

        if (walked != reached)
        {
            await cursor.AdvanceAsync(walked, CancellationToken.None);
        }

        return walked;
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
