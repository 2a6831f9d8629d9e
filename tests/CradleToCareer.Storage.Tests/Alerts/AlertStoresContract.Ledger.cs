using CradleToCareer.Domain.Alerts;
using CradleToCareer.Application.Alerts;

namespace CradleToCareer.Storage.Tests.Alerts;

/// <summary>The alert ledger: appending, fan-out into deliveries, and reading.</summary>
public abstract partial class AlertStoresContract
{
    [Fact]
    public async Task An_append_returns_the_announced_alerts_it_recorded_in_order_with_every_field()
    {
        var reached = Reached("p_1", recordedAt: T0.AddSeconds(1));
        var cleared = Entry("p_1", LowGpa, LedgerMark.RiskCleared);
        var retracted = Entry("p_1", Graduated, LedgerMark.MilestoneRetracted);

        var recorded = await Log.AppendAsync([reached, cleared, retracted], None);

        Assert.Equal([reached.Entry.AlertId, retracted.Entry.AlertId], recorded.Select(a => a.AlertId));
        Assert.True(recorded[0].Seq < recorded[1].Seq);
        var first = recorded[0];
        Assert.Equal(("p_1", Graduated, AlertKind.MilestoneReached, new DateOnly(2026, 6, 12)), (first.PersonId, first.MilestoneId, first.Kind, first.Date));
        Assert.Equal(reached.Body, first.Body);
        Assert.Equal(T0.AddSeconds(1), first.RecordedAt);
        Assert.Equal(AlertKind.MilestoneRetracted, recorded[1].Kind);
    }

    [Fact]
    public async Task An_append_skips_ids_recorded_already_within_and_across_appends()
    {
        var first = Reached("p_1", Graduated);
        var second = Reached("p_1", Enrolled);
        var third = Reached("p_1", Graduated, occurrence: 2);

        Assert.Equal([first.Entry.AlertId, second.Entry.AlertId], await AppendAsync(first, second, first));
        Assert.Equal([third.Entry.AlertId], await AppendAsync(second, third));
        Assert.Empty(await AppendAsync(first, third));

        Assert.Equal([first.Entry, second.Entry, third.Entry], await Log.ReadPersonAsync("p_1", None));
    }

    [Fact]
    public async Task A_risk_clearing_is_kept_in_the_ledger_but_never_announced_read_or_queued()
    {
        await SubscribeAsync("s_all", SubscribableIds.Everything);
        var raised = Entry("p_1", LowGpa, LedgerMark.RiskRaised);
        var cleared = Entry("p_1", LowGpa, LedgerMark.RiskCleared);
        var raisedAgain = Entry("p_1", LowGpa, LedgerMark.RiskRaised, occurrence: 2);

        var recorded = await AppendAsync(raised, cleared, raisedAgain);

        Assert.Equal([raised.Entry.AlertId, raisedAgain.Entry.AlertId], recorded);
        Assert.Equal([raised.Entry, cleared.Entry, raisedAgain.Entry], await Log.ReadPersonAsync("p_1", None));
        Assert.Equal(recorded, (await Log.ReadAfterAsync(0, 10, None)).Select(a => a.AlertId));
        Assert.Equal(recorded, await DeliveryIdsAsync("s_all", DeliveryStatus.Pending));
        Assert.Null(await Log.SeqOfAsync(cleared.Entry.AlertId, None));
    }

    [Fact]
    public async Task An_announced_entry_without_a_body_or_a_kept_one_with_a_body_is_refused_and_nothing_is_recorded()
    {
        var good = Reached("p_1");
        var bodiless = Reached("p_1", Enrolled) with { Body = null };
        var clearedWithBody = Entry("p_1", LowGpa, LedgerMark.RiskCleared) with { Body = [1, 2] };

        await Assert.ThrowsAsync<ArgumentException>(() => Log.AppendAsync([good, bodiless], None));
        await Assert.ThrowsAsync<ArgumentException>(() => Log.AppendAsync([good, clearedWithBody], None));

        Assert.Empty(await Log.ReadPersonAsync("p_1", None));
    }

    [Fact]
    public async Task Deliveries_are_queued_only_to_active_subscriptions_that_cover_the_milestone()
    {
        await SubscribeAsync("s_all", SubscribableIds.Everything);
        await SubscribeAsync("s_exact", Enrolled, Graduated);
        await SubscribeAsync("s_other", Enrolled);
        await SubscribeAsync("s_stopped", SubscribableIds.Everything);
        await Subscriptions.EndAsync("s_stopped", SubscriptionStatus.Stopped, T0, None);
        var reached = Reached("p_1", recordedAt: T0.AddMinutes(3));

        await AppendAsync(reached);

        foreach (var subscriptionId in new[] { "s_all", "s_exact" })
        {
            var delivery = Assert.Single(await Deliveries.ListAsync(subscriptionId, 10, None));
            Assert.Equal((reached.Entry.AlertId, "p_1", DeliveryStatus.Pending, 0), (delivery.AlertId, delivery.PersonId, delivery.Status, delivery.Attempts));
            Assert.Equal(await Log.SeqOfAsync(reached.Entry.AlertId, None), delivery.AlertSeq);
            Assert.Equal((T0.AddMinutes(3), (DateTimeOffset?)T0.AddMinutes(3)), (delivery.QueuedAt, delivery.NextAttemptAt));
            Assert.Null(delivery.LastAttemptAt);
            Assert.Null(delivery.LastResponseCode);
        }

        Assert.Empty(await Deliveries.ListAsync("s_other", 10, None));
        Assert.Empty(await Deliveries.ListAsync("s_stopped", 10, None));
    }

    [Fact]
    public async Task A_persons_ledger_reads_in_the_order_it_was_recorded()
    {
        var entries = new[]
        {
            Reached("p_1", Graduated), Reached("p_2", Graduated), Entry("p_1", LowGpa, LedgerMark.RiskRaised),
            Entry("p_1", LowGpa, LedgerMark.RiskCleared), Reached("p_2", Enrolled), Entry("p_1", Graduated, LedgerMark.MilestoneRetracted),
        };

        await AppendAsync(entries[..3]);
        await AppendAsync(entries[3..]);

        Assert.Equal([entries[0].Entry, entries[2].Entry, entries[3].Entry, entries[5].Entry], await Log.ReadPersonAsync("p_1", None));
        Assert.Equal([entries[1].Entry, entries[4].Entry], await Log.ReadPersonAsync("p_2", None));
        Assert.Empty(await Log.ReadPersonAsync("p_3", None));
    }

    [Fact]
    public async Task Reading_after_a_sequence_number_pages_through_the_announced_alerts()
    {
        var announced = Enumerable.Range(1, 5).Select(i => Reached($"p_{i}")).ToList();
        await AppendAsync([announced[0], announced[1], Entry("p_1", LowGpa, LedgerMark.RiskCleared), .. announced[2..]]);

        var pages = new List<IReadOnlyList<RecordedAlert>>();
        var after = 0L;
        while ((await Log.ReadAfterAsync(after, 2, None)) is { Count: > 0 } page)
        {
            pages.Add(page);
            after = page[^1].Seq;
        }

        Assert.Equal([2, 2, 1], pages.Select(p => p.Count));
        Assert.Equal(announced.Select(e => e.Entry.AlertId), pages.SelectMany(p => p).Select(a => a.AlertId));
        Assert.Equal(announced.Select(e => e.Body), pages.SelectMany(p => p).Select(a => a.Body));
        Assert.Equal(await Log.LastSeqAsync(None), after);
    }

    [Fact]
    public async Task Sequence_numbers_are_found_by_alert_id_and_the_last_is_the_highest()
    {
        Assert.Equal(0, await Log.LastSeqAsync(None));
        var recorded = await Log.AppendAsync([Reached("p_1"), Reached("p_2"), Entry("p_2", LowGpa, LedgerMark.RiskCleared)], None);

        Assert.Equal(recorded[0].Seq, await Log.SeqOfAsync(recorded[0].AlertId, None));
        Assert.Equal(recorded[1].Seq, await Log.SeqOfAsync(recorded[1].AlertId, None));
        Assert.Null(await Log.SeqOfAsync("a_00000000000000000000000000000000", None));
        Assert.True(await Log.LastSeqAsync(None) > recorded[1].Seq);
    }

    [Fact]
    public async Task Changing_the_callers_or_a_readers_bytes_does_not_change_the_kept_body()
    {
        var reached = Reached("p_1");
        var sent = reached.Body!.ToArray();

        var recorded = await Log.AppendAsync([reached], None);
        reached.Body![0] = (byte)'X';
        recorded[0].Body[1] = (byte)'Y';
        (await Log.ReadAfterAsync(0, 1, None))[0].Body[2] = (byte)'Z';

        Assert.Equal(sent, (await Log.ReadAfterAsync(0, 1, None))[0].Body);
    }

    [Fact]
    public async Task The_same_entries_appended_at_once_by_many_callers_are_recorded_and_queued_once()
    {
        await SubscribeAsync("s_all", SubscribableIds.Everything);
        var entries = Enumerable.Range(1, 20).Select(i => Reached($"p_{i % 4}", occurrence: i)).ToArray();

        var appends = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Log.AppendAsync(entries, None))));

        var returned = appends.SelectMany(recorded => recorded.Select(a => a.AlertId)).ToList();
        Assert.Equal(entries.Select(e => e.Entry.AlertId).Order(), returned.Order());
        Assert.Equal(20, (await Log.ReadAfterAsync(0, 100, None)).Count);
        Assert.Equal(returned.Order(), (await Deliveries.ListAsync("s_all", 100, None)).Select(d => d.AlertId).Order());
    }

    [Fact]
    public async Task Appends_racing_the_end_of_a_subscription_leave_nothing_pending_on_it()
    {
        await SubscribeAsync("s_all", SubscribableIds.Everything);
        Task AppendPersonAsync(int i) => Task.Run(() => Log.AppendAsync([Reached($"p_{i}"), Reached($"p_{i}", Enrolled)], None));

        var before = Enumerable.Range(0, 20).Select(AppendPersonAsync).ToList();
        var end = Task.Run(() => Subscriptions.EndAsync("s_all", SubscriptionStatus.Stopped, T0, None));
        var after = Enumerable.Range(20, 20).Select(AppendPersonAsync).ToList();
        await Task.WhenAll([.. before, end, .. after]);

        Assert.Equal(SubscriptionStatus.Stopped, (await end)?.Status);
        Assert.Empty(await DeliveryIdsAsync("s_all", DeliveryStatus.Pending));
        Assert.Equal(80, (await Log.ReadAfterAsync(0, 100, None)).Count);
    }
}
