
namespace CradleToCareer.Domain.Alerts;

/// <summary>What becomes of a delivery after an attempt, or after deciding not to make one.</summary>
public static class DeliveryOutcomes
{
    /// <summary>
    /// After an attempt that got <paramref name="statusCode"/> (null: no answer): 2xx delivered; 410 gone; anything
    /// else pending again at the next time of the <see cref="RetrySchedule"/>, or dead when the schedule is over.
    /// </summary>
    public static DeliveryUpdate AfterAttempt(DueDelivery delivery, int? statusCode, DateTimeOffset now, double jitter)
    {
        var attempts = delivery.Attempts + 1;
        var first = delivery.FirstAttemptAt ?? now;
        var (status, next) = After(first, attempts, statusCode, now, jitter);
        return new DeliveryUpdate(delivery.SubscriptionId, delivery.AlertId, status, attempts, statusCode, first, now, next);
    }

    /// <summary>
    /// The status (<see cref="DeliveryStatus"/>) of any webhook send after its attempt number <paramref name="attempts"/>
    /// got <paramref name="statusCode"/>, and the time of the next attempt while it stays pending.
    /// </summary>
    public static (string Status, DateTimeOffset? NextAttemptAt) After(
        DateTimeOffset firstAttempt, int attempts, int? statusCode, DateTimeOffset now, double jitter) =>
        statusCode switch
        {
            >= 200 and < 300 => (DeliveryStatus.Delivered, null),
            410 => (DeliveryStatus.Gone, null),
            _ => RetrySchedule.NextAttemptAt(firstAttempt, attempts, now, jitter) is { } retryAt
                ? (DeliveryStatus.Pending, retryAt)
                : (DeliveryStatus.Dead, null),
        };

    /// <summary>Not sent, and never will be: no consent covering <c>alerts</c> at sending time.</summary>
    public static DeliveryUpdate Withheld(DueDelivery delivery) => new(
        delivery.SubscriptionId, delivery.AlertId, DeliveryStatus.Withheld, delivery.Attempts, null,
        delivery.FirstAttemptAt, null, null);
}
