using System.Text;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Storage.Tests.Research;

/// <summary>The extract's file: chunks kept under the current attempt only, offered once the extract is ready.</summary>
public abstract partial class ResearchStoreContract
{
    private static readonly ExtractSummary AnySummary = new(2, 0, 0, 8);

    [Fact]
    public async Task A_restart_drops_the_first_attempts_chunks_and_shuts_that_attempt_out()
    {
        var id = await QueuedAsync("p-restart");
        Assert.Equal(1, await Extracts.StartAsync(id, None));
        Assert.True(await Extracts.AppendChunkAsync(id, 1, 0, Bytes("old-0;"), None));
        Assert.True(await Extracts.AppendChunkAsync(id, 1, 1, Bytes("old-1;"), None));
        await Extracts.ProgressAsync(id, 1, 10, 20, None);

        Assert.Equal(2, await Extracts.StartAsync(id, None));
        var restarted = await Extracts.FindAsync(id, None);
        var keptAfterRestart = await ChunksKeptAsync(id);
        Assert.False(await Extracts.AppendChunkAsync(id, 1, 2, Bytes("old-2;"), None));
        Assert.False(await Extracts.AppendChunkAsync(id, 1, 0, Bytes("old-0;"), None));
        await Extracts.ProgressAsync(id, 1, 15, 20, None);
        Assert.False(await Extracts.CompleteAsync(id, 1, AnySummary, Start.AddHours(1), None));
        Assert.False(await Extracts.FailAsync(id, 1, "Overtaken.", Start.AddHours(1), None));

        Assert.Equal((ExtractStatus.Running, 2, 0L, (long?)null), (restarted!.Status, restarted.Attempt, restarted.Processed, restarted.Total));
        Assert.Equal(0, keptAfterRestart);
        Assert.Equal(0, await ChunksKeptAsync(id));
        Assert.Equal(restarted, await Extracts.FindAsync(id, None));
        Assert.True(await Extracts.AppendChunkAsync(id, 2, 0, Bytes("new-0;"), None));
        Assert.True(await Extracts.CompleteAsync(id, 2, AnySummary, Start.AddHours(1), None));
        Assert.Equal(["new-0;"], (await ReadAsync(id)).Select(Encoding.UTF8.GetString));
    }

    [Fact]
    public async Task The_file_is_offered_only_once_ready_then_byte_for_byte_in_sequence_order()
    {
        var id = await QueuedAsync("p-read");
        Assert.Empty(await ReadAsync(id));
        await Extracts.StartAsync(id, None);
        Assert.True(await Extracts.AppendChunkAsync(id, 1, 1, Bytes("é,2\n"), None));
        Assert.True(await Extracts.AppendChunkAsync(id, 1, 0, Bytes("head\n"), None));
        Assert.True(await Extracts.AppendChunkAsync(id, 1, 2, new byte[] { 0, 255, 10 }, None));
        var whileRunning = await ReadAsync(id);

        Assert.True(await Extracts.CompleteAsync(id, 1, AnySummary, Start.AddHours(1), None));
        var chunks = await ReadAsync(id);

        Assert.Empty(whileRunning);
        Assert.Equal([Bytes("head\n"), Bytes("é,2\n"), [0, 255, 10]], chunks);
        Assert.Empty(await ReadAsync("x_" + new string('e', 32)));
    }

    [Fact]
    public async Task A_chunk_written_again_by_its_attempt_replaces_the_first()
    {
        var id = await QueuedAsync("p-again");
        await Extracts.StartAsync(id, None);

        Assert.True(await Extracts.AppendChunkAsync(id, 1, 0, Bytes("first"), None));
        Assert.True(await Extracts.AppendChunkAsync(id, 1, 0, Bytes("again"), None));
        Assert.True(await Extracts.CompleteAsync(id, 1, AnySummary, Start.AddHours(1), None));

        Assert.Equal(["again"], (await ReadAsync(id)).Select(Encoding.UTF8.GetString));
    }

    [Fact]
    public async Task A_failure_drops_the_chunks_and_offers_no_file()
    {
        var id = await QueuedAsync("p-fail");
        await Extracts.StartAsync(id, None);
        await Extracts.AppendChunkAsync(id, 1, 0, Bytes("partial"), None);
        var keptBefore = await ChunksKeptAsync(id);

        Assert.False(await Extracts.FailAsync(id, 2, "Wrong attempt.", Start.AddHours(1), None));
        Assert.True(await Extracts.FailAsync(id, 1, "The cohort could not be read.", Start.AddHours(1), None));
        var failed = await Extracts.FindAsync(id, None);

        Assert.Equal(1, keptBefore);
        Assert.Equal(0, await ChunksKeptAsync(id));
        Assert.Equal((ExtractStatus.Failed, "The cohort could not be read.", Start.AddHours(1)), (failed!.Status, failed.Failure, failed.FinishedAt));
        Assert.Null(failed.Summary);
        Assert.False(await Extracts.AppendChunkAsync(id, 1, 1, Bytes("late"), None));
        Assert.False(await Extracts.CompleteAsync(id, 1, AnySummary, Start.AddHours(2), None));
        Assert.Empty(await ReadAsync(id));
    }

    [Fact]
    public async Task A_five_mebibyte_file_in_256_KiB_chunks_reads_back_byte_identical()
    {
        const int chunkSize = 256 * 1024;
        var file = new byte[5 * 1024 * 1024];
        new Random(2027).NextBytes(file);
        var id = await QueuedAsync("p-large");
        await Extracts.StartAsync(id, None);
        for (var sequence = 0; sequence * chunkSize < file.Length; sequence++)
        {
            Assert.True(await Extracts.AppendChunkAsync(id, 1, sequence, file.AsMemory(sequence * chunkSize, chunkSize), None));
        }

        Assert.True(await Extracts.CompleteAsync(id, 1, new ExtractSummary(1, 0, 0, file.Length), Start.AddHours(1), None));
        var chunks = await ReadAsync(id);

        Assert.Equal(20, chunks.Count);
        Assert.All(chunks, chunk => Assert.Equal(chunkSize, chunk.Length));
        Assert.True(file.AsSpan().SequenceEqual(chunks.SelectMany(chunk => chunk).ToArray()));
    }

    [Fact]
    public async Task Writes_racing_a_restart_leave_no_chunk_of_the_old_attempt()
    {
        var id = await QueuedAsync("p-race");
        await Extracts.StartAsync(id, None);
        var payload = new byte[64 * 1024];

        var writes = Enumerable.Range(0, 32).Select(sequence => Task.Run(() => Extracts.AppendChunkAsync(id, 1, sequence, payload, None))).ToList();
        var restart = Task.Run(() => Extracts.StartAsync(id, None));
        await Task.WhenAll(writes);

        Assert.Equal(2, await restart);
        Assert.Equal(0, await ChunksKeptAsync(id));
        Assert.Equal(2, (await Extracts.FindAsync(id, None))!.Attempt);
    }

    protected static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Keeps a project named <paramref name="projectId"/> and one queued extract under it; the extract's id.</summary>
    protected async Task<string> QueuedAsync(string projectId)
    {
        await Projects.AddAsync(Project(projectId, "org_a"), None);
        var extract = Extract(7, projectId, 0);
        await Extracts.AddAsync(extract, None);
        return extract.ExtractId;
    }

    private async Task<List<byte[]>> ReadAsync(string extractId)
    {
        var chunks = new List<byte[]>();
        await foreach (var chunk in Extracts.ReadFileAsync(extractId, None))
        {
            chunks.Add(chunk.ToArray());
        }

        return chunks;
    }
}
