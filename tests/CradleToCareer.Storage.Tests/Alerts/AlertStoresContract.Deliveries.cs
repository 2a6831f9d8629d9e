using System.Text;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Application.Alerts;

namespace CradleToCareer.Storage.Tests.Alerts;

/// <summary>The delivery outbox: claiming with leases and per-person order, completing, listing.</summary>
public abstract partial class AlertStoresContract
{
    [Fact]
    public async Task A_delivery_is_claimed_once_due_with_everything_needed_to_send_it()
    {
        await SubscribeAsync("s_1", SubscribableIds.Everything);
        var reached = Reached("p_1");
        await AppendAsync(reached);

        Assert.Empty(await ClaimIdsAsync(T0.AddTicks(-10)));
        var due = Assert.Single(await Deliveries.ClaimAsync(10, T0, Lease, [], None));

        Assert.Equal(("s_1", reached.Entry.AlertId, "p_1"), (due.SubscriptionId, due.AlertId, due.PersonId));
        Assert.Equal(await Log.SeqOfAsync(reached.Entry.AlertId, None), due.AlertSeq);
        Assert.Equal(("org_s_1", "c_s_1", "https://hooks.example.org/s_1"), (due.OrganizationId, due.ClientId, due.Url));
        Assert.Equal(Encoding.UTF8.GetBytes("sealed s_1"), due.SealedSecret);
        Assert.Equal(reached.Body, due.Body);
        Assert.Equal(0, due.Attempts);
        Assert.Null(due.FirstAttemptAt);
    }

    [Fact]
    public async Task A_leased_delivery_is_not_claimed_again_until_its_lease_runs_out()
    {
        await SubscribeAsync("s_1", SubscribableIds.Everything);
        var id = Assert.Single(await AppendAsync(Reached("p_1")));

        Assert.Equal([id], await ClaimIdsAsync(T0));
        Assert.Empty(await ClaimIdsAsync(T0 + Lease - TimeSpan.FromTicks(10)));
        Assert.Equal([id], await ClaimIdsAsync(T0 + Lease));
    }

    [Fact]
    public async Task Busy_subscriptions_and_ended_ones_are_passed_over()
    {
        await SubscribeAsync("s_busy", SubscribableIds.Everything);
        await SubscribeAsync("s_free", SubscribableIds.Everything);
        await SubscribeAsync("s_ended", SubscribableIds.Everything);
        await AppendAsync(Reached("p_1"));
        await Subscriptions.EndAsync("s_ended", SubscriptionStatus.Disabled, T0, None);

        var claimed = await Deliveries.ClaimAsync(10, T0, Lease, ["s_busy"], None);

        Assert.Equal(["s_free"], claimed.Select(d => d.SubscriptionId));
        Assert.Equal(["s_busy"], (await Deliveries.ClaimAsync(10, T0, Lease, [], None)).Select(d => d.SubscriptionId));
    }

    [Fact]
    public async Task A_persons_later_alert_waits_while_an_earlier_one_is_pending_but_another_persons_does_not()
    {
        await SubscribeAsync("s_1", SubscribableIds.Everything);
        var first = Reached("p_1", Graduated);
        var second = Reached("p_1", Enrolled);
        var other = Reached("p_2", Graduated);
        await AppendAsync(first, second, other);

        Assert.Equal([first.Entry.AlertId, other.Entry.AlertId], await ClaimIdsAsync(T0));
        Assert.Empty(await ClaimIdsAsync(T0.AddSeconds(30)));

        await Deliveries.CompleteAsync(Delivered("s_1", first.Entry.AlertId, T0.AddSeconds(1)), None);
        Assert.Equal([second.Entry.AlertId], await ClaimIdsAsync(T0.AddSeconds(30)));
    }

    [Fact]
    public async Task A_dead_delivery_releases_the_persons_next_alert_and_a_retry_holds_it_back()
    {
        await SubscribeAsync("s_1", SubscribableIds.Everything);
        var first = Reached("p_1", Graduated);
        var second = Reached("p_1", Enrolled);
        await AppendAsync(first, second);
        await ClaimIdsAsync(T0);

        await Deliveries.CompleteAsync(Retry("s_1", first.Entry.AlertId, T0, T0.AddSeconds(10)), None);
        Assert.Empty(await ClaimIdsAsync(T0.AddSeconds(5)));
        var retried = Assert.Single(await Deliveries.ClaimAsync(10, T0.AddSeconds(10), Lease, [], None));
        Assert.Equal((first.Entry.AlertId, 1, (DateTimeOffset?)T0), (retried.AlertId, retried.Attempts, retried.FirstAttemptAt));

        await Deliveries.CompleteAsync(
            new DeliveryUpdate("s_1", first.Entry.AlertId, DeliveryStatus.Dead, 2, 500, T0, T0.AddSeconds(10), null), None);
        Assert.Equal([second.Entry.AlertId], await ClaimIdsAsync(T0.AddSeconds(10)));
    }

    [Fact]
    public async Task Claims_take_the_earliest_due_first_then_the_lowest_sequence_number_up_to_the_limit()
    {
        await SubscribeAsync("s_1", SubscribableIds.Everything);
        var late = Reached("p_1", recordedAt: T0.AddSeconds(2));
        var early = Reached("p_2", recordedAt: T0.AddSeconds(1));
        var sameTimeLater = Reached("p_3", recordedAt: T0.AddSeconds(1));
        await AppendAsync(late);
        await AppendAsync(early);
        await AppendAsync(sameTimeLater);

        var claimed = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            claimed.AddRange((await Deliveries.ClaimAsync(1, T0.AddSeconds(2), Lease, [], None)).Select(d => d.AlertId));
        }

        Assert.Equal([early.Entry.AlertId, sameTimeLater.Entry.AlertId, late.Entry.AlertId], claimed);
    }

    [Fact]
    public async Task A_completion_is_listed_with_its_outcome_and_the_list_is_newest_alert_first()
    {
        await SubscribeAsync("s_1", SubscribableIds.Everything);
        var ids = await AppendAsync(Reached("p_1"), Reached("p_2"), Reached("p_3", recordedAt: T0.AddSeconds(1)));
        await ClaimIdsAsync(T0);
        await Deliveries.CompleteAsync(Delivered("s_1", ids[0], T0.AddSeconds(2)), None);
        await Deliveries.CompleteAsync(Retry("s_1", ids[1], T0.AddSeconds(2), T0.AddSeconds(7)), None);

        var listed = await Deliveries.ListAsync("s_1", 10, None);

        Assert.Equal(ids.Reverse(), listed.Select(d => d.AlertId));
        Assert.Equal(listed.Select(d => d.AlertSeq).OrderDescending(), listed.Select(d => d.AlertSeq));
        var delivered = listed[2];
        Assert.Equal((DeliveryStatus.Delivered, 1, (int?)200), (delivered.Status, delivered.Attempts, delivered.LastResponseCode));
        Assert.Equal(((DateTimeOffset?)T0.AddSeconds(2), (DateTimeOffset?)null), (delivered.LastAttemptAt, delivered.NextAttemptAt));
        var retrying = listed[1];
        Assert.Equal((DeliveryStatus.Pending, (int?)503, (DateTimeOffset?)T0.AddSeconds(7)), (retrying.Status, retrying.LastResponseCode, retrying.NextAttemptAt));
        Assert.Equal([ids[2], ids[1]], (await Deliveries.ListAsync("s_1", 2, None)).Select(d => d.AlertId));
        Assert.Empty(await Deliveries.ListAsync("s_unknown", 10, None));
    }

    [Fact]
    public async Task A_finished_delivery_keeps_its_outcome_and_a_cancelled_one_only_takes_a_final_outcome()
    {
        await SubscribeAsync("s_1", SubscribableIds.Everything);
        var ids = await AppendAsync(Reached("p_1"), Reached("p_2"), Reached("p_3"));
        await ClaimIdsAsync(T0);
        await Deliveries.CompleteAsync(Delivered("s_1", ids[0], T0), None);
        await Subscriptions.EndAsync("s_1", SubscriptionStatus.Stopped, T0, None);

        await Deliveries.CompleteAsync(Retry("s_1", ids[0], T0, T0.AddSeconds(5)), None);
        await Deliveries.CompleteAsync(Retry("s_1", ids[1], T0, T0.AddSeconds(5)), None);
        await Deliveries.CompleteAsync(Delivered("s_1", ids[2], T0), None);

        var statuses = (await Deliveries.ListAsync("s_1", 10, None)).ToDictionary(d => d.AlertId, d => d.Status);
        Assert.Equal(DeliveryStatus.Delivered, statuses[ids[0]]);
        Assert.Equal(DeliveryStatus.Cancelled, statuses[ids[1]]);
        Assert.Equal(DeliveryStatus.Delivered, statuses[ids[2]]);
    }

    [Fact]
    public async Task An_update_with_a_next_attempt_exactly_while_pending_is_the_only_kind_accepted()
    {
        await SubscribeAsync("s_1", SubscribableIds.Everything);
        var id = Assert.Single(await AppendAsync(Reached("p_1")));

        await Assert.ThrowsAsync<ArgumentException>(() => Deliveries.CompleteAsync(Retry("s_1", id, T0, T0) with { NextAttemptAt = null }, None));
        await Assert.ThrowsAsync<ArgumentException>(() => Deliveries.CompleteAsync(Delivered("s_1", id, T0) with { NextAttemptAt = T0 }, None));
        await Assert.ThrowsAsync<ArgumentException>(() => Deliveries.CompleteAsync(Delivered("s_1", id, T0) with { Status = "sent" }, None));

        Assert.Equal([id], await DeliveryIdsAsync("s_1", DeliveryStatus.Pending));
    }
}
