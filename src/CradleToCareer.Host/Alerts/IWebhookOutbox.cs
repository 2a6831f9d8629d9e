namespace CradleToCareer.Host.Alerts;

/// <summary>
/// A durable outbox of webhook sends that <see cref="WebhookDispatcher{TDue}"/> drains: alerts to subscriptions,
/// request changes to requesters. Each send goes to one receiver, whose sends in flight are capped together.
/// </summary>
/// <typeparam name="TDue">One leased send.</typeparam>
public interface IWebhookOutbox<TDue>
{
    /// <summary>Completes the next time a send is queued in this process.</summary>
    Task Queued { get; }

    /// <summary>Leases up to <paramref name="limit"/> due sends, none to a receiver in <paramref name="busyReceivers"/>.</summary>
    Task<IReadOnlyList<TDue>> ClaimAsync(
        int limit, DateTimeOffset now, TimeSpan lease, IReadOnlyCollection<string> busyReceivers, CancellationToken cancellationToken);

    /// <summary>The receiver the send goes to, for the cap per receiver.</summary>
    string ReceiverOf(TDue due);

    /// <summary>Makes one attempt and records its outcome.</summary>
    Task SendAsync(TDue due, CancellationToken cancellationToken);

    /// <summary>Names the send in a log line, without student data.</summary>
    string Describe(TDue due);
}
