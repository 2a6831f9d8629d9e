using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Application.Alerts;

/// <summary>Webhook subscriptions: where to send which alerts, and whose they are. Alert fan-out reads them.</summary>
public interface ISubscriptionStore
{
    /// <summary>
    /// Stores a new, active subscription, unless its id is taken or its organization already has
    /// <paramref name="activeLimit"/> active subscriptions (then nothing changes). Creations for one organization are
    /// serialised, so concurrent ones cannot pass the limit together.
    /// </summary>
    Task<SubscriptionCreation> CreateAsync(StoredSubscription subscription, int activeLimit, CancellationToken cancellationToken);

    /// <summary>The subscription, or null when none has this id.</summary>
    Task<StoredSubscription?> FindAsync(string subscriptionId, CancellationToken cancellationToken);

    /// <summary>
    /// Ends an active subscription (<see cref="SubscriptionStatus.Stopped"/> by its owner,
    /// <see cref="SubscriptionStatus.Disabled"/> after a <c>410</c>) and, in the same transaction, marks its pending
    /// deliveries <see cref="DeliveryStatus.Cancelled"/>. An ended subscription stays as it was. Returns the
    /// subscription as it is afterwards, or null when none has this id.
    /// </summary>
    Task<StoredSubscription?> EndAsync(string subscriptionId, string status, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>A subscription as stored; the secret is sealed under the key-encryption key (see <see cref="WebhookSecretSealer"/>).</summary>
public sealed record StoredSubscription(
    string SubscriptionId,
    string OrganizationId,
    string ClientId,
    string Url,
    IReadOnlyList<string> Milestones,
    byte[] SealedSecret,
    DateTimeOffset CreatedAt,
    string Status,
    DateTimeOffset? EndedAt);

public static class SubscriptionStatus
{
    public const string Active = "active";
    public const string Stopped = "stopped";
    public const string Disabled = "disabled";
}
