namespace CradleToCareer.Application.Alerts;

/// <summary>
/// Which deliveries a completion may change. A pending one, always. A cancelled one (its subscription ended while
/// the attempt was in flight) takes the attempt's final outcome, so a sent alert is not listed as never sent, but
/// never becomes pending again. Any other finished delivery stays as it is: the first outcome wins.
/// </summary>
public static class DeliveryCompletion
{
    /// <summary>The same rule as an SQL condition on <c>c2c_alert_delivery.status</c>, the new status being <c>@status</c>.</summary>
    public const string SqlCondition = "(status = 'pending' OR (status = 'cancelled' AND @status <> 'pending'))";

    public static bool Applies(string currentStatus, string newStatus) =>
        currentStatus == DeliveryStatus.Pending
        || (currentStatus == DeliveryStatus.Cancelled && newStatus != DeliveryStatus.Pending);
}
