using CradleToCareer.Abstractions;
using CradleToCareer.Application.Alerts;
using CradleToCareer.Application.EventLog;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Grains.Alerts;

/// <summary>
/// Walks the event log from a durable cursor. Events younger than the settle time are left to the normal
/// path (the grain raises alerts itself within milliseconds); older ones have their persons asked, once per round
/// however many of their events it met, to raise what is owed, which costs little when it was raised already. A sweep
/// walks in rounds (<see cref="AlertSweepSettings.EventsPerRound"/>) until it reaches the events that were settled when
/// it began, so it keeps pace with a bulk load rather than falling further behind each interval; the cursor moves after
/// each round, once every person the round met has answered.
/// </summary>
public sealed class AlertSweepGrain(
    IEventLog eventLog, IAlertSweepCursor cursor, AlertSweepSettings settings, TimeProvider clock, ILogger<AlertSweepGrain> logger)
    : Grain, IAlertSweepGrain, IRemindable
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromMinutes(1);
    private const int MostEventsPerStep = 2000;
    private const int PersonsAtOnce = 8;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(SweepOnTimerAsync, settings.Interval, settings.Interval);
        await this.RegisterOrUpdateReminder("keep-sweeping", KeepAlive, KeepAlive);
    }

    public Task StartAsync() => Task.CompletedTask;

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;

    public async Task<long> SweepAsync()
    {
        var settled = clock.GetUtcNow() - settings.SettleTime;
        var reached = await cursor.ReadAsync(CancellationToken.None);
        while (true)
        {
            var round = await WalkRoundAsync(reached, settled);
            if (round.LastSeq == reached)
            {
                return reached;
            }

            await RaiseAsync(round.PersonIds);
            await cursor.AdvanceAsync(round.LastSeq, CancellationToken.None);
            reached = round.LastSeq;
        }
    }

    /// <summary>The persons of at most one round's events after <paramref name="from"/>, each once, and how far it got.</summary>
    private async Task<LoggedPersons> WalkRoundAsync(long from, DateTimeOffset settled)
    {
        var walked = from;
        var persons = new HashSet<string>(StringComparer.Ordinal);
        while (walked - from < settings.EventsPerRound)
        {
            var step = (int)Math.Min(MostEventsPerStep, settings.EventsPerRound - (walked - from));
            var logged = await eventLog.PersonsLoggedAfterAsync(walked, settled, step, CancellationToken.None);
            if (logged.LastSeq == walked)
            {
                break;
            }

            persons.UnionWith(logged.PersonIds);
            walked = logged.LastSeq;
        }

        return new LoggedPersons([.. persons], walked);
    }

    private async Task RaiseAsync(IEnumerable<string> persons)
    {
        foreach (var batch in persons.Chunk(PersonsAtOnce))
        {
            await Task.WhenAll(batch.Select(person => GrainFactory.Keyed<IStudentGrain>(person).RaiseAlertsAsync()));
        }
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
