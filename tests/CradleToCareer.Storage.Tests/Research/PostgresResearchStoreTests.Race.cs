using Npgsql;

namespace CradleToCareer.Storage.Tests.Research;

/// <summary>A chunk write caught mid-statement by a restart, held there on purpose by another transaction.</summary>
public sealed partial class PostgresResearchStoreTests
{
    [Fact]
    public async Task A_write_held_up_while_a_restart_runs_leaves_no_chunk_of_the_old_attempt()
    {
        var id = await QueuedAsync("p-held");
        await Extracts.StartAsync(id, None);
        await using var blocker = new NpgsqlConnection(_connectionString);
        await blocker.OpenAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO c2c_research_extract_chunk (extract_id, attempt, seq, bytes) VALUES (@id, 1, 5, '\\x00')", blocker, transaction))
        {
            insert.Parameters.AddWithValue("id", id);
            await insert.ExecuteNonQueryAsync();
        }

        // The write has read attempt 1 as current and waits on the blocker's uncommitted chunk 5; the restart starts then.
        var write = Extracts.AppendChunkAsync(id, 1, 5, Bytes("held"), None);
        await WaitForLockWaitersAsync(1);
        var restart = Extracts.StartAsync(id, None);
        await Task.WhenAny(restart, WaitForLockWaitersAsync(2));
        await transaction.RollbackAsync();
        await write;

        Assert.Equal(2, await restart);
        Assert.Equal(0, await ChunksKeptAsync(id));
    }

    private async Task WaitForLockWaitersAsync(int count)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(15); waited += TimeSpan.FromMilliseconds(20))
        {
            var waiting = await TestDatabase.ScalarAsync<long>(
                _connectionString!, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
            if (waiting >= count)
            {
                return;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"Fewer than {count} sessions came to wait on a lock.");
    }
}
