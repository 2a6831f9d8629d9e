using CradleToCareer.Application.Alerts;
using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Storage.Tests.Alerts;

/// <summary>
/// Which completions change a delivery. The rule's one definition is <see cref="DeliveryCompletion.Applies"/>; the
/// PostgreSQL queue applies it as a condition of its UPDATE, so every pair of statuses is run against the domain.
/// </summary>
public abstract partial class AlertStoresContract
{
    private static readonly string[] Outcomes =
        [DeliveryStatus.Pending, DeliveryStatus.Delivered, DeliveryStatus.Dead, DeliveryStatus.Gone, DeliveryStatus.Withheld];

    public static TheoryData<string, string> EveryStatusPair()
    {
        var pairs = new TheoryData<string, string>();
        foreach (var current in Outcomes.Append(DeliveryStatus.Cancelled))
        {
            foreach (var next in Outcomes)
            {
                pairs.Add(current, next);
            }
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(EveryStatusPair))]
    public async Task A_completion_changes_a_delivery_exactly_when_the_domain_says_it_applies(string current, string next)
    {
        await SubscribeAsync("s_1", SubscribableIds.Everything);
        var id = Assert.Single(await AppendAsync(Reached("p_1")));
        if (current == DeliveryStatus.Cancelled)
        {
            await Subscriptions.EndAsync("s_1", SubscriptionStatus.Stopped, T0, None);
        }
        else if (current != DeliveryStatus.Pending)
        {
            await Deliveries.CompleteAsync(Update(id, current, responseCode: 1), None);
        }

        await Deliveries.CompleteAsync(Update(id, next, responseCode: 2), None);

        var delivery = Assert.Single(await Deliveries.ListAsync("s_1", 10, None));
        var expected = DeliveryCompletion.Applies(current, next) ? (next, 2) : (current, current == DeliveryStatus.Cancelled ? (int?)null : 1);
        Assert.Equal(expected, (delivery.Status, delivery.LastResponseCode));
    }

    private static DeliveryUpdate Update(string alertId, string status, int responseCode) =>
        new("s_1", alertId, status, responseCode, responseCode, T0, T0, status == DeliveryStatus.Pending ? T0.AddMinutes(responseCode) : null);
}
