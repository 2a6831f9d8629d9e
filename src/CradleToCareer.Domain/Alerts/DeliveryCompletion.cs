namespace CradleToCareer.Domain.Alerts;

/// <summary>
/// Which deliveries a completion may change. A pending one, always. A cancelled one (its subscription ended while
/// the attempt was in flight) takes the attempt's final outcome, so a sent alert is not listed as never sent, but
/// never becomes pending again. Any other finished delivery stays as it is: the first outcome wins.
/// </summary>
public static class DeliveryCompletion
{
    public static bool Applies(string currentStatus, string newStatus) =>
        currentStatus == DeliveryStatus.Pending
        || (currentStatus == DeliveryStatus.Cancelled && newStatus != DeliveryStatus.Pending);
}
