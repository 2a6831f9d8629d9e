using System.Collections.Concurrent;
using CradleToCareer.Application.Alerts;

namespace CradleToCareer.Host.Alerts;

/// <summary>
/// Sends the webhooks of one outbox that are due, on every silo: it leases them from the durable outbox, so silos share
/// the work and a lease left by a crashed silo runs out and is taken up again. It wakes at once when a send is
/// queued in this process or a send finishes, and otherwise polls. Sends run side by side, at most
/// <see cref="PerReceiver"/> for any one receiver, so a slow receiver holds up only itself.
/// </summary>
public sealed class WebhookDispatcher<TDue>(
    IWebhookOutbox<TDue> outbox, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<WebhookDispatcher<TDue>> logger)
    : BackgroundService
{
    public const int InFlightLimit = 128;
    public const int PerReceiver = 32;
    public static readonly TimeSpan Lease = WebhookSender.Timeout + TimeSpan.FromSeconds(5);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan FailurePause = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private readonly AlertPulse _sendFinished = new();
    private int _total;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var queued = outbox.Queued;
                var finished = _sendFinished.Next;
                var claimed = await ClaimAsync(stoppingToken);
                if (claimed == 0 || Volatile.Read(ref _total) >= InFlightLimit)
                {
                    await Task.WhenAny(queued, finished, Task.Delay(PollInterval, stoppingToken));
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Claiming webhooks failed; trying again in {Pause}", FailurePause);
                await Task.Delay(FailurePause, stoppingToken);
            }
        }
    }

    private async Task<int> ClaimAsync(CancellationToken stoppingToken)
    {
        var room = InFlightLimit - Volatile.Read(ref _total);
        if (room <= 0)
        {
            return 0;
        }

        var busy = _inFlight.Where(pair => pair.Value >= PerReceiver).Select(pair => pair.Key).ToArray();
        var due = await outbox.ClaimAsync(room, clock.GetUtcNow(), Lease, busy, stoppingToken);
        foreach (var send in due)
        {
            Interlocked.Increment(ref _total);
            _inFlight.AddOrUpdate(outbox.ReceiverOf(send), 1, (_, count) => count + 1);
            _ = SendAsync(send, stoppingToken);
        }

        return due.Count;
    }

    private async Task SendAsync(TDue send, CancellationToken stoppingToken)
    {
        try
        {
            await outbox.SendAsync(send, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Sending {Send} failed before sending; its lease will run out and it will be tried again", outbox.Describe(send));
        }
        finally
        {
            _inFlight.AddOrUpdate(outbox.ReceiverOf(send), 0, (_, count) => count - 1);
            Interlocked.Decrement(ref _total);
            _sendFinished.Notify();
        }
    }
}
