using System.Text;
using CradleToCareer.Application.Exchange;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Transcripts.Requests;

namespace CradleToCareer.Storage.Tests.Exchange;

/// <summary>What every transcript request store does, PostgreSQL and the embedded default alike.</summary>
public abstract class TranscriptRequestStoreContract : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private (ITranscriptRequestStore Store, ITranscriptPushQueue Pushes)? _parts;

    private ITranscriptRequestStore Store => _parts!.Value.Store;

    private ITranscriptPushQueue Pushes => _parts!.Value.Pushes;

    protected abstract Task<(ITranscriptRequestStore Store, ITranscriptPushQueue Pushes)> CreateAsync();

    public async Task InitializeAsync() => _parts = await CreateAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_kept_request_reads_back_with_its_student_block_and_history()
    {
        var request = Request("tr_" + new string('a', 32), "org_a", 0, "https://registrar.example.edu/hooks");

        await Store.AddAsync(request, [1, 2, 3], None);
        var found = await Store.FindAsync(request.RequestId, None);

        Assert.NotNull(found);
        Assert.Equal(request.Request.Student.Ids, found.Request.Student.Ids);
        Assert.Equal((request.Request.Student.SsnToken, request.Request.Student.BirthDate), (found.Request.Student.SsnToken, found.Request.Student.BirthDate));
        Assert.Equal(request.Request with { Student = found.Request.Student }, found.Request);
        Assert.Equal(request.History, found.History);
        Assert.Equal((TranscriptRequestStatus.Received, (string?)null), (found.Status, found.PersonId));
    }

    [Fact]
    public async Task A_move_happens_only_from_a_status_it_may_happen_from_and_queues_its_push_once()
    {
        var request = Request("tr_" + new string('b', 32), "org_b", 0, "https://registrar.example.edu/hooks");
        await Store.AddAsync(request, [9], None);
        var waiting = new StatusChange(TranscriptRequestStatus.AwaitingConsent, Start.AddSeconds(1));

        Assert.True(await Store.MoveAsync(Move(request.RequestId, waiting, "p_1"), None));
        Assert.False(await Store.MoveAsync(Move(request.RequestId, waiting, "p_2"), None));
        var found = await Store.FindAsync(request.RequestId, None);
        var claimed = await Pushes.ClaimAsync(10, Start.AddMinutes(1), TimeSpan.FromSeconds(30), [], None);
        var again = await Pushes.ClaimAsync(10, Start.AddMinutes(1), TimeSpan.FromSeconds(30), [], None);

        Assert.Equal((TranscriptRequestStatus.AwaitingConsent, "p_1"), (found!.Status, found.PersonId));
        Assert.Equal([TranscriptRequestStatus.Received, TranscriptRequestStatus.AwaitingConsent], found.History.Select(change => change.Status));
        var push = Assert.Single(claimed);
        Assert.Equal((request.RequestId, TranscriptRequestStatus.AwaitingConsent, "org_b", "p_1"), (push.RequestId, push.Status, push.OrganizationId, push.PersonId));
        Assert.Equal("push:awaiting-consent", Encoding.UTF8.GetString(push.Body));
        Assert.Empty(again);
    }

    [Fact]
    public async Task A_requests_pushes_leave_in_order_and_a_completed_one_lets_the_next_go()
    {
        var request = Request("tr_" + new string('c', 32), "org_c", 0, "https://registrar.example.edu/hooks");
        await Store.AddAsync(request, [9], None);
        await Store.MoveAsync(Move(request.RequestId, new StatusChange(TranscriptRequestStatus.AwaitingConsent, Start.AddSeconds(1)), null), None);
        await Store.MoveAsync(Move(request.RequestId, new StatusChange(TranscriptRequestStatus.Canceled, Start.AddSeconds(2)), null), None);
        var now = Start.AddMinutes(1);

        var first = Assert.Single(await Pushes.ClaimAsync(10, now, TimeSpan.FromSeconds(1), [], None));
        await Pushes.CompleteAsync(new PushUpdate(first.RequestId, first.Status, DeliveryStatus.Delivered, 1, 204, now, now, null), None);
        var second = Assert.Single(await Pushes.ClaimAsync(10, now, TimeSpan.FromSeconds(1), [], None));

        Assert.Equal((TranscriptRequestStatus.AwaitingConsent, TranscriptRequestStatus.Canceled), (first.Status, second.Status));
        Assert.Empty(await Pushes.ClaimAsync(10, now, TimeSpan.FromSeconds(1), ["org_c"], None));
    }

    [Fact]
    public async Task Listing_is_newest_first_by_organization_paged_and_filtered_and_the_sweep_reads_oldest_first()
    {
        var ids = Enumerable.Range(0, 3).Select(i => $"tr_{i}{new string('d', 31)}").ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            await Store.AddAsync(Request(ids[i], "org_d", i, null), null, None);
        }

        await Store.AddAsync(Request("tr_" + new string('e', 32), "org_e", 0, null), null, None);
        await Store.MoveAsync(Move(ids[1], new StatusChange(TranscriptRequestStatus.AwaitingConsent, Start.AddMinutes(5)), "p_9"), None);

        var page = await Store.ListAsync("org_d", null, null, 2, None);
        var next = await Store.ListAsync("org_d", null, page[^1].RequestId, 2, None);
        var waiting = await Store.ListAsync("org_d", TranscriptRequestStatus.AwaitingConsent, null, 10, None);
        var received = await Store.InStatusAsync(TranscriptRequestStatus.Received, Start.AddMinutes(10), null, 10, None);
        var awaitingFor = await Store.AwaitingAsync("org_d", "p_9", None);

        Assert.Equal([ids[2], ids[1]], page.Select(request => request.RequestId));
        Assert.Equal([ids[0]], next.Select(request => request.RequestId));
        Assert.Equal([ids[1]], waiting.Select(request => request.RequestId));
        Assert.Equal([ids[0], "tr_" + new string('e', 32), ids[2]], received.Select(request => request.RequestId));
        Assert.Equal([ids[1]], awaitingFor.Select(request => request.RequestId));
    }

    [Fact]
    public async Task A_persons_waiting_list_spans_organizations_and_a_decline_takes_a_request_off_it_and_changes_nothing_else()
    {
        var ids = Enumerable.Range(0, 4).Select(i => $"tr_{i}{new string('f', 31)}").ToList();
        string[] organizations = ["org_f", "org_g", "org_f", "org_f"];
        for (var i = 0; i < ids.Count; i++)
        {
            await Store.AddAsync(Request(ids[i], organizations[i], i, null), null, None);
        }

        await Store.MoveAsync(Move(ids[0], new StatusChange(TranscriptRequestStatus.AwaitingConsent, Start.AddMinutes(5)), "p_w"), None);
        await Store.MoveAsync(Move(ids[1], new StatusChange(TranscriptRequestStatus.AwaitingConsent, Start.AddMinutes(5)), "p_w"), None);
        await Store.MoveAsync(Move(ids[3], new StatusChange(TranscriptRequestStatus.AwaitingConsent, Start.AddMinutes(5)), "p_other"), None);

        var before = await Store.WaitingForAsync("p_w", None);
        var declined = await Store.DeclineAsync(ids[1], "p_w", Start.AddMinutes(6), None);
        var again = await Store.DeclineAsync(ids[1], "p_w", Start.AddMinutes(7), None);
        var someoneElses = await Store.DeclineAsync(ids[3], "p_w", Start.AddMinutes(7), None);
        var notWaiting = await Store.DeclineAsync(ids[2], "p_w", Start.AddMinutes(7), None);
        var unknown = await Store.DeclineAsync("tr_" + new string('9', 32), "p_w", Start.AddMinutes(7), None);
        var after = await Store.WaitingForAsync("p_w", None);

        Assert.Equal([ids[0], ids[1]], before.Select(request => request.RequestId));
        Assert.Equal((true, true, false, false, false), (declined, again, someoneElses, notWaiting, unknown));
        Assert.Equal([ids[0]], after.Select(request => request.RequestId));
        Assert.Equal([ids[3]], (await Store.WaitingForAsync("p_other", None)).Select(request => request.RequestId));
        var stillWaiting = await Store.FindAsync(ids[1], None);
        Assert.Equal(TranscriptRequestStatus.AwaitingConsent, stillWaiting!.Status);
        Assert.Equal([ids[1]], (await Store.AwaitingAsync("org_g", "p_w", None)).Select(request => request.RequestId));
        Assert.Equal(
            [ids[1]],
            (await Store.InStatusAsync(TranscriptRequestStatus.AwaitingConsent, Start.AddMinutes(10), null, 10, None))
                .Where(request => request.OrganizationId == "org_g").Select(request => request.RequestId));
    }

    private static RequestMove Move(string requestId, StatusChange change, string? personId) => new(
        requestId, TranscriptRequestTransitions.From(change.Status), change, personId, null, Encoding.UTF8.GetBytes("push:" + change.Status));

    private static TranscriptRequestRecord Request(string requestId, string organizationId, int minutes, string? deliveryUrl)
    {
        var student = new StudentBlock(
            [new StudentIdentifier("ssid", "1234567890"), new StudentIdentifier("local:ipeds:110334", "S-77")], "Zoë", null, "Łukasz",
            new DateOnly(2007, 3, 14), SsnToken: "ssn:token");
        var at = Start.AddMinutes(minutes);
        return new TranscriptRequestRecord(
            requestId, organizationId, "cl_college", new RequestedTranscript(student, "all", "admission", "application/pdf", deliveryUrl, "ADM-1"),
            null, TranscriptRequestStatus.Received, null, at, [new StatusChange(TranscriptRequestStatus.Received, at)]);
    }
}
