using System.Text;
using CradleToCareer.Application;
using CradleToCareer.Application.Imports;
using CradleToCareer.Application.Ingest;

namespace CradleToCareer.Storage.Tests.Imports;

/// <summary>
/// What every import store does, PostgreSQL and the embedded default alike: an upload kept in chunks and queued when
/// sealed (or dropped when abandoned), jobs claimed by a lease, results recorded only by the lease's owner and once per
/// chunk, and the results read back in order once done.
/// </summary>
public abstract class ImportStoreContract : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly DateTimeOffset Start = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private IImportStore? _store;

    private IImportStore Store => _store!;

    protected abstract Task<IImportStore> CreateAsync();

    public async Task InitializeAsync() => _store = await CreateAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_sealed_upload_is_queued_with_its_lines_and_its_chunks_come_back_byte_for_byte()
    {
        var job = await UploadAsync("org_a", Start, [Lines(1, 3), [new NdjsonLine(4, null), Line(6, "{\"x\":\"é\"}")]]);

        var found = await Store.FindAsync(job.ImportId, None);
        var claimed = await Store.ClaimAsync("w1", Start, Start + Lease, None);
        var first = await Store.NextChunkAsync(job.ImportId, None);

        Assert.Equal(ImportStatus.Queued, found!.Status);
        Assert.Equal(5, found.Lines);
        Assert.Equal(["advisor", "source"], found.Roles);
        Assert.Equal(("c_1", "org_a"), (found.ClientId, found.OrganizationId));
        Assert.Equal(ImportStatus.Running, claimed!.Status);
        Assert.Equal(0, first!.Sequence);
        Assert.Equal(Lines(1, 3).Select(Text), first.Lines.Select(Text));
        await Store.RecordAsync(job.ImportId, "w1", 0, Accepted(first.Lines), Start + Lease, None);
        var second = await Store.NextChunkAsync(job.ImportId, None);
        Assert.Equal(1, second!.Sequence);
        Assert.Equal([4, 6], second.Lines.Select(line => line.Number));
        Assert.Null(second.Lines[0].Bytes);
        Assert.Equal("{\"x\":\"é\"}", Text(second.Lines[1]));
    }

    [Fact]
    public async Task An_abandoned_upload_leaves_nothing_and_a_receiving_job_is_never_claimed()
    {
        var abandoned = await ReceivingAsync("org_a", Start);
        await Store.AddChunkAsync(abandoned.ImportId, 0, Lines(1, 2), None);
        var receiving = await ReceivingAsync("org_a", Start.AddSeconds(1));

        await Store.AbandonAsync(abandoned.ImportId, None);

        Assert.Null(await Store.FindAsync(abandoned.ImportId, None));
        Assert.Equal(ImportStatus.Receiving, (await Store.FindAsync(receiving.ImportId, None))!.Status);
        Assert.Null(await Store.ClaimAsync("w1", Start, Start + Lease, None));
        Assert.Empty(await Store.ListAsync("org_a", null, 10, None));
    }

    [Fact]
    public async Task A_held_job_is_claimed_by_no_one_else_until_its_lease_runs_out()
    {
        var job = await UploadAsync("org_a", Start, [Lines(1, 2)]);

        var first = await Store.ClaimAsync("w1", Start, Start + Lease, None);
        var meanwhile = await Store.ClaimAsync("w2", Start.AddSeconds(29), Start.AddSeconds(59), None);
        var again = await Store.ClaimAsync("w1", Start.AddSeconds(29), Start.AddSeconds(59), None);
        var afterExpiry = await Store.ClaimAsync("w2", Start.AddSeconds(60), Start.AddSeconds(90), None);

        Assert.Equal(job.ImportId, first!.ImportId);
        Assert.Null(meanwhile);
        Assert.Equal(job.ImportId, again!.ImportId);
        Assert.Equal(job.ImportId, afterExpiry!.ImportId);
        var chunk = await Store.NextChunkAsync(job.ImportId, None);
        Assert.False(await Store.RecordAsync(job.ImportId, "w1", 0, Accepted(chunk!.Lines), Start.AddSeconds(90), None));
        Assert.True(await Store.RecordAsync(job.ImportId, "w2", 0, Accepted(chunk.Lines), Start.AddSeconds(90), None));
    }

    [Fact]
    public async Task A_recorded_chunk_counts_once_renews_the_lease_and_the_job_is_done_only_when_every_chunk_has_results()
    {
        var job = await UploadAsync("org_a", Start, [Lines(1, 3), Lines(4, 2)]);
        await Store.ClaimAsync("w1", Start, Start + Lease, None);
        var first = await Store.NextChunkAsync(job.ImportId, None);

        Assert.True(await Store.RecordAsync(job.ImportId, "w1", 0, Results(first!.Lines, "accepted", "rejected", "duplicate"), Start.AddSeconds(50), None));
        Assert.False(await Store.RecordAsync(job.ImportId, "w1", 0, Results(first.Lines, "accepted", "accepted", "accepted"), Start.AddSeconds(50), None));
        Assert.False(await Store.FinishAsync(job.ImportId, "w1", Start.AddSeconds(5), None));
        Assert.Null(await Store.ClaimAsync("w2", Start.AddSeconds(40), Start.AddSeconds(70), None));
        var second = await Store.NextChunkAsync(job.ImportId, None);
        Assert.True(await Store.RecordAsync(job.ImportId, "w1", 1, Results(second!.Lines, "conflict", "accepted"), Start.AddSeconds(80), None));
        Assert.Null(await Store.NextChunkAsync(job.ImportId, None));
        Assert.True(await Store.FinishAsync(job.ImportId, "w1", Start.AddSeconds(6), None));

        var done = await Store.FindAsync(job.ImportId, None);
        Assert.Equal(ImportStatus.Done, done!.Status);
        Assert.Equal(5, done.Processed);
        Assert.Equal(new ImportCounts(2, 1, 1, 1), done.Counts);
        Assert.Equal(Start.AddSeconds(6), done.FinishedAt);
        Assert.Null(await Store.ClaimAsync("w2", Start.AddHours(1), Start.AddHours(2), None));
        var results = new StringBuilder();
        await foreach (var chunk in Store.ReadResultsAsync(job.ImportId, None))
        {
            results.Append(Encoding.UTF8.GetString(chunk.Span));
        }

        Assert.Equal(["accepted 1", "rejected 2", "duplicate 3", "conflict 4", "accepted 5"], results.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task The_oldest_waiting_job_is_claimed_first()
    {
        var newer = await UploadAsync("org_a", Start.AddMinutes(1), [Lines(1, 1)]);
        var older = await UploadAsync("org_b", Start, [Lines(1, 1)]);

        var now = Start.AddMinutes(1);

        Assert.Equal(older.ImportId, (await Store.ClaimAsync("w1", now, now + Lease, None))!.ImportId);
        Assert.Equal(newer.ImportId, (await Store.ClaimAsync("w2", now, now + Lease, None))!.ImportId);
        Assert.Null(await Store.ClaimAsync("w3", now, now + Lease, None));
    }

    [Fact]
    public async Task An_organization_lists_its_own_jobs_newest_first_in_pages()
    {
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await UploadAsync("org_a", Start.AddMinutes(i % 3), [Lines(1, 1)])).ImportId);
        }

        await UploadAsync("org_b", Start, [Lines(1, 1)]);
        var expected = ids.Select((id, i) => (id, at: i % 3)).OrderByDescending(x => x.at).ThenByDescending(x => x.id, StringComparer.Ordinal)
            .Select(x => x.id).ToList();

        var first = await Store.ListAsync("org_a", null, 2, None);
        var second = await Store.ListAsync("org_a", first[^1].ImportId, 2, None);
        var third = await Store.ListAsync("org_a", second[^1].ImportId, 2, None);

        Assert.Equal(expected, first.Concat(second).Concat(third).Select(job => job.ImportId));
        Assert.Single(third);
        Assert.Empty(await Store.ListAsync("org_a", "imp_" + new string('0', 32), 2, None));
    }

    [Fact]
    public async Task A_job_whose_turn_ended_waits_behind_a_job_whose_turn_came_earlier()
    {
        var big = await UploadAsync("org_a", Start, [Lines(1, 1), Lines(2, 1)]);
        var small = await UploadAsync("org_b", Start.AddSeconds(1), [Lines(1, 1)]);
        await Store.ClaimAsync("w1", Start.AddSeconds(2), Start.AddSeconds(32), None);

        Assert.False(await Store.EndTurnAsync(big.ImportId, "w2", Start.AddSeconds(3), null, None));
        Assert.True(await Store.EndTurnAsync(big.ImportId, "w1", Start.AddSeconds(3), null, None));
        Assert.False(await Store.EndTurnAsync(big.ImportId, "w1", Start.AddSeconds(3), null, None));

        Assert.Equal(ImportStatus.Queued, (await Store.FindAsync(big.ImportId, None))!.Status);
        Assert.Equal(small.ImportId, (await Store.ClaimAsync("w1", Start.AddSeconds(4), Start.AddSeconds(34), None))!.ImportId);
        Assert.Equal(big.ImportId, (await Store.ClaimAsync("w2", Start.AddSeconds(4), Start.AddSeconds(34), None))!.ImportId);
    }

    [Fact]
    public async Task A_failed_chunk_counts_its_failures_and_its_job_is_not_claimed_before_its_next_turn()
    {
        var job = await UploadAsync("org_a", Start, [Lines(1, 2), Lines(3, 1)]);
        await Store.ClaimAsync("w1", Start, Start + Lease, None);

        await Store.EndTurnAsync(job.ImportId, "w1", Start.AddSeconds(10), 0, None);

        Assert.Null(await Store.ClaimAsync("w1", Start.AddSeconds(9), Start.AddSeconds(39), None));
        Assert.Equal(job.ImportId, (await Store.ClaimAsync("w2", Start.AddSeconds(10), Start.AddSeconds(40), None))!.ImportId);
        await Store.EndTurnAsync(job.ImportId, "w2", Start.AddSeconds(20), 0, None);
        await Store.ClaimAsync("w2", Start.AddSeconds(20), Start.AddSeconds(50), None);
        var chunk = await Store.NextChunkAsync(job.ImportId, None);
        Assert.Equal((0, 2), (chunk!.Sequence, chunk.Failures));
        await Store.RecordAsync(job.ImportId, "w2", 0, Accepted(chunk.Lines), Start.AddSeconds(50), None);
        Assert.Equal((1, 0), (await Store.NextChunkAsync(job.ImportId, None)) is { } next ? (next.Sequence, next.Failures) : (-1, -1));
    }

    [Fact]
    public async Task An_upload_takes_a_place_only_while_its_organization_has_fewer_unfinished_jobs_than_it_may()
    {
        var done = await UploadAsync("org_a", Start, [Lines(1, 1)]);
        await FinishAsync(done, Start.AddSeconds(1));
        var running = await UploadAsync("org_a", Start.AddSeconds(2), [Lines(1, 1)]);
        await UploadAsync("org_a", Start.AddSeconds(3), [Lines(1, 1)]);
        await ReceivingAsync("org_a", Start);
        await Store.ClaimAsync("w1", Start.AddSeconds(5), Start.AddSeconds(35), None);
        Assert.Equal(ImportStatus.Running, (await Store.FindAsync(running.ImportId, None))!.Status);

        var refused = Job("org_a", Start.AddSeconds(6));
        Assert.False(await Store.TryAddAsync(refused, maxUnfinished: 3, None));
        Assert.Null(await Store.FindAsync(refused.ImportId, None));
        Assert.True(await Store.TryAddAsync(Job("org_a", Start.AddSeconds(6)), maxUnfinished: 4, None));
        Assert.True(await Store.TryAddAsync(Job("org_b", Start.AddSeconds(6)), maxUnfinished: 1, None));
        Assert.False(await Store.TryAddAsync(Job("org_b", Start.AddSeconds(7)), maxUnfinished: 1, None));
    }

    [Fact]
    public async Task Uploads_starting_at_the_same_moment_take_no_more_places_than_there_are()
    {
        // The race is short, so it is run several times over, each with organizations of its own.
        for (var round = 0; round < 8; round++)
        {
            var organizations = new[] { $"org_busy_{round}", $"org_quiet_{round}" };
            var jobs = Enumerable.Range(0, 24).Select(i => Job(organizations[i % 2], Start.AddMilliseconds(i))).ToList();
            // Connections opened beforehand, so the uploads meet in the store rather than one by one as each connects.
            await Task.WhenAll(jobs.Select(job => Task.Run(() => Store.FindAsync(job.ImportId, None))));

            var added = await Task.WhenAll(jobs.Select(job => Task.Run(() => Store.TryAddAsync(job, maxUnfinished: 5, None))));

            foreach (var organization in organizations)
            {
                Assert.Equal(5, jobs.Where((job, i) => added[i] && job.OrganizationId == organization).Count());
            }

            foreach (var (job, i) in jobs.Select((job, i) => (job, i)))
            {
                Assert.Equal(added[i], await Store.FindAsync(job.ImportId, None) is not null);
            }
        }
    }

    [Fact]
    public async Task Forgetting_deletes_old_results_keeps_their_jobs_and_drops_only_stale_uploads()
    {
        var old = await UploadAsync("org_a", Start, [Lines(1, 2)]);
        await FinishAsync(old, Start.AddMinutes(1));
        var recent = await UploadAsync("org_a", Start.AddDays(20), [Lines(1, 1)]);
        await FinishAsync(recent, Start.AddDays(20));
        var queued = await UploadAsync("org_a", Start, [Lines(1, 1)]);
        var stale = await ReceivingAsync("org_a", Start);
        await Store.AddChunkAsync(stale.ImportId, 0, Lines(1, 1), None);
        var uploading = await ReceivingAsync("org_a", Start.AddDays(31));
        var now = Start.AddDays(31).AddHours(1);

        var forgotten = await Store.ForgetAsync(now - TimeSpan.FromDays(30), now - TimeSpan.FromDays(1), now, None);
        var again = await Store.ForgetAsync(now - TimeSpan.FromDays(30), now - TimeSpan.FromDays(1), now, None);

        Assert.Equal(new ImportsForgotten(1, 1), forgotten);
        Assert.Equal(new ImportsForgotten(0, 0), again);
        var oldJob = await Store.FindAsync(old.ImportId, None);
        Assert.Equal((ImportStatus.Done, 2L, (DateTimeOffset?)now), (oldJob!.Status, oldJob.Processed, oldJob.ResultsDeletedAt));
        Assert.Empty(await ResultsTextAsync(old.ImportId));
        Assert.Equal("accepted 1\n", await ResultsTextAsync(recent.ImportId));
        Assert.Null((await Store.FindAsync(recent.ImportId, None))!.ResultsDeletedAt);
        Assert.Equal(ImportStatus.Queued, (await Store.FindAsync(queued.ImportId, None))!.Status);
        Assert.Null(await Store.FindAsync(stale.ImportId, None));
        Assert.Equal(ImportStatus.Receiving, (await Store.FindAsync(uploading.ImportId, None))!.Status);
    }

    private async Task FinishAsync(ImportJob job, DateTimeOffset at)
    {
        Assert.Equal(job.ImportId, (await Store.ClaimAsync("finisher", at, at + Lease, None))!.ImportId);
        while (await Store.NextChunkAsync(job.ImportId, None) is { } chunk)
        {
            Assert.True(await Store.RecordAsync(job.ImportId, "finisher", chunk.Sequence, Accepted(chunk.Lines), at + Lease, None));
        }

        Assert.True(await Store.FinishAsync(job.ImportId, "finisher", at, None));
    }

    private async Task<string> ResultsTextAsync(string importId)
    {
        var text = new StringBuilder();
        await foreach (var chunk in Store.ReadResultsAsync(importId, None))
        {
            text.Append(Encoding.UTF8.GetString(chunk.Span));
        }

        return text.ToString();
    }

    private async Task<ImportJob> ReceivingAsync(string organizationId, DateTimeOffset createdAt)
    {
        var job = Job(organizationId, createdAt);
        Assert.True(await Store.TryAddAsync(job, maxUnfinished: int.MaxValue, None));
        return job;
    }

    private static ImportJob Job(string organizationId, DateTimeOffset createdAt) =>
        ImportJob.Receiving(ImportIds.New(), new Caller("c_1", organizationId, new HashSet<string>(["source", "advisor"])), createdAt);

    private async Task<ImportJob> UploadAsync(string organizationId, DateTimeOffset createdAt, IReadOnlyList<IReadOnlyList<NdjsonLine>> chunks)
    {
        var job = await ReceivingAsync(organizationId, createdAt);
        for (var i = 0; i < chunks.Count; i++)
        {
            await Store.AddChunkAsync(job.ImportId, i, chunks[i], None);
        }

        Assert.True(await Store.SealAsync(job.ImportId, chunks.Sum(chunk => chunk.Count), None));
        Assert.False(await Store.SealAsync(job.ImportId, 0, None));
        return job;
    }

    private static NdjsonLine Line(int number, string text) => new(number, Encoding.UTF8.GetBytes(text));

    private static List<NdjsonLine> Lines(int first, int count) =>
        [.. Enumerable.Range(first, count).Select(number => Line(number, $"{{\"line\":{number}}}"))];

    private static string Text(NdjsonLine line) => Encoding.UTF8.GetString(line.Bytes!.Value.Span);

    private static ImportChunkResults Accepted(IReadOnlyList<NdjsonLine> lines) => Results(lines, [.. lines.Select(_ => "accepted")]);

    /// <summary>Results in the stores' own terms: one NDJSON line per input line, "status number", and their counts.</summary>
    private static ImportChunkResults Results(IReadOnlyList<NdjsonLine> lines, params string[] statuses) => new(
        Encoding.UTF8.GetBytes(string.Concat(lines.Select((line, i) => $"{statuses[i]} {line.Number}\n"))),
        ImportCounts.Of(statuses));
}
