namespace CradleToCareer.Domain.Alerts;

/// <summary>A leased delivery with everything needed to send it.</summary>
public sealed record DueDelivery(
    string SubscriptionId,
    string AlertId,
    long AlertSeq,
    string PersonId,
    string OrganizationId,
    string ClientId,
    string Url,
    byte[] SealedSecret,
    byte[] Body,
    int Attempts,
    DateTimeOffset? FirstAttemptAt);

/// <summary>
/// The new state of a delivery after an attempt or a decision. <paramref name="NextAttemptAt"/> is set only while
/// <paramref name="Status"/> stays <see cref="DeliveryStatus.Pending"/>.
/// </summary>
public sealed record DeliveryUpdate(
    string SubscriptionId,
    string AlertId,
    string Status,
    int Attempts,
    int? LastResponseCode,
    DateTimeOffset? FirstAttemptAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextAttemptAt);

/// <summary>One delivery as its subscriber reads it.</summary>
public sealed record DeliveryRecord(
    string AlertId,
    long AlertSeq,
    string PersonId,
    string Status,
    int Attempts,
    int? LastResponseCode,
    DateTimeOffset QueuedAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextAttemptAt);

public static class DeliveryStatus
{
    /// <summary>Waiting for its first or next attempt.</summary>
    public const string Pending = "pending";

    /// <summary>The receiver answered 2xx.</summary>
    public const string Delivered = "delivered";

    /// <summary>Every attempt of the retry schedule failed; kept and listed.</summary>
    public const string Dead = "dead";

    /// <summary>The receiver answered 410 Gone; the subscription was disabled.</summary>
    public const string Gone = "gone";

    /// <summary>Not sent: at sending time the student's consent to the organization did not cover <c>alerts</c>.</summary>
    public const string Withheld = "withheld";

    /// <summary>Not sent: the subscription ended first.</summary>
    public const string Cancelled = "cancelled";
}
