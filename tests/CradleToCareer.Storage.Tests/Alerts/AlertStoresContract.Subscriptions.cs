using CradleToCareer.Domain.Alerts;
using CradleToCareer.Application.Alerts;

namespace CradleToCareer.Storage.Tests.Alerts;

/// <summary>Subscriptions, their one-way end, and the sweep cursor.</summary>
public abstract partial class AlertStoresContract
{
    [Fact]
    public async Task A_created_subscription_is_found_with_every_field()
    {
        var subscription = Subscription("s_1", Graduated, LowGpa);

        Assert.Equal(SubscriptionCreation.Created, await Subscriptions.CreateAsync(subscription, NoLimit, None));
        var found = await Subscriptions.FindAsync("s_1", None);

        Assert.NotNull(found);
        Assert.Equal(("s_1", "org_s_1", "c_s_1", "https://hooks.example.org/s_1"), (found.SubscriptionId, found.OrganizationId, found.ClientId, found.Url));
        Assert.Equal([Graduated, LowGpa], found.Milestones);
        Assert.Equal(subscription.SealedSecret, found.SealedSecret);
        Assert.Equal((T0.AddDays(-1), SubscriptionStatus.Active, (DateTimeOffset?)null), (found.CreatedAt, found.Status, found.EndedAt));
        Assert.Null(await Subscriptions.FindAsync("s_unknown", None));
    }

    [Fact]
    public async Task Creating_with_a_taken_id_changes_nothing()
    {
        await SubscribeAsync("s_1", Graduated);

        Assert.Equal(
            SubscriptionCreation.IdTaken,
            await Subscriptions.CreateAsync(Subscription("s_1", SubscribableIds.Everything) with { Url = "https://other.example.org/" }, NoLimit, None));

        var kept = await Subscriptions.FindAsync("s_1", None);
        Assert.Equal(("https://hooks.example.org/s_1", Graduated), (kept?.Url, Assert.Single(kept!.Milestones)));
    }

    [Fact]
    public async Task An_organization_at_its_limit_of_active_subscriptions_gets_no_more_until_one_ends()
    {
        var ofOrganization = (string id) => Subscription(id, Graduated) with { OrganizationId = "org_capped" };
        Assert.Equal(SubscriptionCreation.Created, await Subscriptions.CreateAsync(ofOrganization("s_1"), 2, None));
        Assert.Equal(SubscriptionCreation.Created, await Subscriptions.CreateAsync(ofOrganization("s_2"), 2, None));

        var third = await Subscriptions.CreateAsync(ofOrganization("s_3"), 2, None);
        var otherOrganization = await Subscriptions.CreateAsync(Subscription("s_4", Graduated), 2, None);
        await Subscriptions.EndAsync("s_1", SubscriptionStatus.Stopped, T0, None);
        var afterAStop = await Subscriptions.CreateAsync(ofOrganization("s_3"), 2, None);
        var beyondAgain = await Subscriptions.CreateAsync(ofOrganization("s_5"), 2, None);

        Assert.Equal(
            (SubscriptionCreation.LimitReached, SubscriptionCreation.Created, SubscriptionCreation.Created, SubscriptionCreation.LimitReached),
            (third, otherOrganization, afterAStop, beyondAgain));
        Assert.Null(await Subscriptions.FindAsync("s_5", None));
    }

    [Fact]
    public async Task Concurrent_creations_for_one_organization_do_not_pass_its_limit_together()
    {
        var creations = Enumerable.Range(1, 12).Select(i =>
            Subscriptions.CreateAsync(Subscription($"s_{i}", Graduated) with { OrganizationId = "org_raced" }, 5, None));

        var outcomes = await Task.WhenAll(creations);

        Assert.Equal(5, outcomes.Count(outcome => outcome == SubscriptionCreation.Created));
        Assert.Equal(7, outcomes.Count(outcome => outcome == SubscriptionCreation.LimitReached));
    }

    [Fact]
    public async Task Ending_a_subscription_cancels_its_pending_deliveries_and_nothing_else()
    {
        await SubscribeAsync("s_1", SubscribableIds.Everything);
        await SubscribeAsync("s_2", SubscribableIds.Everything);
        var ids = await AppendAsync(Reached("p_1"), Reached("p_2"));
        await Deliveries.CompleteAsync(Delivered("s_1", ids[0], T0), None);

        var ended = await Subscriptions.EndAsync("s_1", SubscriptionStatus.Stopped, T0.AddHours(1), None);

        Assert.Equal((SubscriptionStatus.Stopped, (DateTimeOffset?)T0.AddHours(1)), (ended?.Status, ended?.EndedAt));
        var found = await Subscriptions.FindAsync("s_1", None);
        Assert.Equal((SubscriptionStatus.Stopped, (DateTimeOffset?)T0.AddHours(1)), (found?.Status, found?.EndedAt));
        Assert.Equal([ids[0]], await DeliveryIdsAsync("s_1", DeliveryStatus.Delivered));
        Assert.Equal([ids[1]], await DeliveryIdsAsync("s_1", DeliveryStatus.Cancelled));
        Assert.Null((await Deliveries.ListAsync("s_1", 10, None))[0].NextAttemptAt);
        Assert.Equal(ids, await DeliveryIdsAsync("s_2", DeliveryStatus.Pending));
        Assert.All(await Deliveries.ClaimAsync(10, T0, Lease, [], None), d => Assert.Equal("s_2", d.SubscriptionId));
    }

    [Fact]
    public async Task An_ended_subscription_stays_as_it_was()
    {
        await SubscribeAsync("s_1", SubscribableIds.Everything);
        await Subscriptions.EndAsync("s_1", SubscriptionStatus.Disabled, T0, None);
        await AppendAsync(Reached("p_1"));

        var again = await Subscriptions.EndAsync("s_1", SubscriptionStatus.Stopped, T0.AddDays(1), None);

        Assert.Equal((SubscriptionStatus.Disabled, (DateTimeOffset?)T0), (again?.Status, again?.EndedAt));
        Assert.Equal(SubscriptionStatus.Disabled, (await Subscriptions.FindAsync("s_1", None))?.Status);
        Assert.Empty(await Deliveries.ListAsync("s_1", 10, None));
    }

    [Fact]
    public async Task Ending_an_unknown_subscription_finds_none_and_ending_as_active_is_refused()
    {
        await SubscribeAsync("s_1", SubscribableIds.Everything);

        Assert.Null(await Subscriptions.EndAsync("s_unknown", SubscriptionStatus.Stopped, T0, None));
        await Assert.ThrowsAsync<ArgumentException>(() => Subscriptions.EndAsync("s_1", SubscriptionStatus.Active, T0, None));
        Assert.Equal(SubscriptionStatus.Active, (await Subscriptions.FindAsync("s_1", None))?.Status);
    }

    [Fact]
    public async Task The_sweep_cursor_starts_at_zero_and_never_moves_back()
    {
        Assert.Equal(0, await Cursor.ReadAsync(None));

        await Cursor.AdvanceAsync(42, None);
        await Cursor.AdvanceAsync(7, None);
        Assert.Equal(42, await Cursor.ReadAsync(None));

        await Cursor.AdvanceAsync(43, None);
        Assert.Equal(43, await Cursor.ReadAsync(None));
    }
}
