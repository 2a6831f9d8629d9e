using CradleToCareer.Application.Alerts;
using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Storage.Tests.Alerts;

/// <summary>
/// Which subscriptions an alert is queued for. The rule's one definition is <see cref="SubscribableIds.Covers"/>; the
/// PostgreSQL store filters in SQL for speed, so this runs every subscribable id against the domain's answer.
/// </summary>
public abstract partial class AlertStoresContract
{
    public static TheoryData<string> EverySubscribableId() => [.. SubscribableIds.All];

    [Theory]
    [MemberData(nameof(EverySubscribableId))]
    public async Task An_alert_is_queued_for_exactly_the_active_subscriptions_the_domain_says_cover_it(string id)
    {
        string[][] lists =
        [
            [SubscribableIds.Everything], [id], [Graduated, LowGpa], [Enrolled], [.. SubscribableIds.All.Where(other => other != id)],
        ];
        for (var i = 0; i < lists.Length; i++)
        {
            await SubscribeAsync($"s_{i}", lists[i]);
        }

        await SubscribeAsync("s_stopped", SubscribableIds.Everything);
        await Subscriptions.EndAsync("s_stopped", SubscriptionStatus.Stopped, T0, None);

        var alertId = Assert.Single(await AppendAsync(Reached("p_1", id)));

        var expected = lists.Select((list, i) => (list, i)).Where(s => SubscribableIds.Covers(s.list, id)).Select(s => $"s_{s.i}");
        var queued = new List<string>();
        foreach (var subscriptionId in lists.Select((_, i) => $"s_{i}").Append("s_stopped"))
        {
            if ((await Deliveries.ListAsync(subscriptionId, 10, None)).Any(d => d.AlertId == alertId))
            {
                queued.Add(subscriptionId);
            }
        }

        Assert.Equal(expected, queued);
    }
}
