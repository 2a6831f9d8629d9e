using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Storage.Tests.EventLog;
using Microsoft.Extensions.Logging.Abstractions;
using CradleToCareer.Storage.Postgres.EventLog;
using CradleToCareer.Storage.Postgres.Identity;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Storage.Tests.Identity;

/// <summary>
/// Ingest sessions hold their batches' identity claims (issue 18): batches whose claims do not overlap run at once,
/// one that claims what another holds waits for it, a bulk batch holds everything, and a merge waits for every batch.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class IdentityLocksTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private NpgsqlDataSource? _dataSource;
    private PostgresEventLog? _log;

    private PostgresEventLog Log => _log!;

    public async Task InitializeAsync()
    {
        _dataSource = NpgsqlDataSource.Create(await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, "identity_locks"));
        _log = new PostgresEventLog(_dataSource, TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        await _log!.DisposeAsync();
        await _dataSource!.DisposeAsync();
    }

    [Fact]
    public async Task Batches_whose_claims_do_not_overlap_hold_them_at_the_same_time()
    {
        var first = Claims(["ssid-1"], ["birth-2010-01-01", "name-year-1"]);
        var second = Claims(["ssid-2"], ["birth-2011-02-02", "name-year-2"]);

        await using var one = await BeginAsync(first);
        await using var other = await BeginAsync(second).WaitAsync(Patience);

        Assert.True(one.Holds(first));
        Assert.False(one.Holds(first.With(second)));
        Assert.True(other.Holds(second));
        Assert.True(one.Holds(IdentityClaims.None));
    }

    [Fact]
    public async Task A_batch_claiming_a_key_another_holds_waits_until_that_one_ends()
    {
        var one = await BeginAsync(Claims(["ssid-1"], ["birth-2010-01-01"]));
        var waiting = BeginAsync(Claims(["ssid-9"], ["birth-2010-01-01"]));
        await WaitForAdvisoryWaiterAsync();

        Assert.False(waiting.IsCompleted);
        await one.DisposeAsync();
        await using var other = await waiting.WaitAsync(Patience);
        Assert.True(other.Holds(Claims(["ssid-9"], ["birth-2010-01-01"])));
    }

    [Fact]
    public async Task A_batch_with_more_claims_than_are_locked_one_by_one_holds_everything_and_others_that_claim_wait()
    {
        await using var connection = await _dataSource!.OpenConnectionAsync();
        var budget = await IdentityLocks.MostClaimLocksAsync(connection, CancellationToken.None);
        var bulk = Claims([.. Enumerable.Range(0, budget).Select(i => $"ssid-{i}")], ["birth-2012-03-03"]);
        var small = await BeginAsync(Claims(["ssid-small"], []));
        var bulkTurn = BeginAsync(bulk);
        await WaitForAdvisoryWaiterAsync();
        Assert.False(bulkTurn.IsCompleted);
        await small.DisposeAsync();
        await using var everything = await bulkTurn.WaitAsync(Patience);

        var claiming = BeginAsync(Claims(["ssid-elsewhere"], []));
        await WaitForAdvisoryWaiterAsync();
        await using var claimingNothing = await BeginAsync(IdentityClaims.None).WaitAsync(Patience);

        Assert.True(everything.Holds(Claims(["any-token"], ["any-key"])));
        Assert.False(claimingNothing.Holds(Claims(["ssid-elsewhere"], [])));
        Assert.False(claiming.IsCompleted);
        await everything.DisposeAsync();
        await using var afterwards = await claiming.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_merge_waits_for_the_batches_deciding_and_batches_wait_for_the_merge()
    {
        var batch = await BeginAsync(IdentityClaims.None);
        await using var merging = await _dataSource!.OpenConnectionAsync();
        var merge = IdentityLocks.AcquireAloneAsync(merging, CancellationToken.None);
        await WaitForAdvisoryWaiterAsync();
        Assert.False(merge.IsCompleted);

        await batch.DisposeAsync();
        await merge.WaitAsync(Patience);
        var next = BeginAsync(IdentityClaims.None);
        await WaitForAdvisoryWaiterAsync();
        Assert.False(next.IsCompleted);
        await IdentityLocks.ReleaseAllAsync(merging);
        await using var _ = await next.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_session_locks_at_most_half_of_max_locks_per_transaction_one_by_one()
    {
        await using var connection = await _dataSource!.OpenConnectionAsync();
        await using var setting = new NpgsqlCommand("SELECT current_setting('max_locks_per_transaction')::integer", connection);
        var perConnection = (int)(await setting.ExecuteScalarAsync())!;

        Assert.Equal(perConnection / 2, await IdentityLocks.MostClaimLocksAsync(connection, CancellationToken.None));
    }

    /// <summary>
    /// Batches of a known student claim nothing, so two carrying the same event may both find it unlogged: the second
    /// commit meets the first's row, is told a race, and the batch sent again finds the event logged.
    /// </summary>
    [Fact]
    public async Task Two_batches_that_claim_nothing_and_carry_one_event_race_and_the_loser_is_told_so()
    {
        var decisions = new IdentityDecisions(Log, new DeterministicOnly(), NoProfileRefresh.Instance, NullLogger<IdentityDecisions>.Instance);
        await decisions.AppendAsync([PlannerEvents.Enrollment("e_known", "ssid-race")], CancellationToken.None);
        PendingEvent[] same = [PlannerEvents.Enrollment("e_race", "ssid-race")];

        await using var one = await Log.BeginIngestAsync(same, IdentityClaims.None, CancellationToken.None);
        await using var other = await Log.BeginIngestAsync(same, IdentityClaims.None, CancellationToken.None).WaitAsync(Patience);
        await one.CommitAsync(new Dictionary<int, MatchDecision>(), CancellationToken.None);
        var lost = await Assert.ThrowsAnyAsync<Exception>(() => other.CommitAsync(new Dictionary<int, MatchDecision>(), CancellationToken.None));
        var again = await decisions.AppendAsync(same, CancellationToken.None);

        Assert.True(Log.IsRace(lost));
        Assert.False(Log.IsUnavailable(lost));
        Assert.Equal(AppendStatus.Duplicate, Assert.Single(again).Status);
    }

    /// <summary>
    /// Two such batches carrying the same two events in opposite orders, committed at once: whichever way the server
    /// settles it (the second commit meets a row, or each waits on a row of the other's and one is failed), exactly one
    /// commits and the other's failure is told as a race.
    /// </summary>
    [Fact]
    public async Task Two_batches_with_the_same_events_in_opposite_orders_committed_at_once_race_and_one_commits()
    {
        var decisions = new IdentityDecisions(Log, new DeterministicOnly(), NoProfileRefresh.Instance, NullLogger<IdentityDecisions>.Instance);
        await decisions.AppendAsync([PlannerEvents.Enrollment("e_known_2", "ssid-cross")], CancellationToken.None);
        var (first, second) = (PlannerEvents.Enrollment("e_cross_1", "ssid-cross"), PlannerEvents.Enrollment("e_cross_2", "ssid-cross"));

        await using var one = await Log.BeginIngestAsync([first, second], IdentityClaims.None, CancellationToken.None);
        await using var other = await Log.BeginIngestAsync([second, first], IdentityClaims.None, CancellationToken.None).WaitAsync(Patience);
        var commits = new[] { one, other }.Select(session => CommitOrFailureAsync(session)).ToArray();
        var failures = (await Task.WhenAll(commits).WaitAsync(Patience)).OfType<Exception>().ToList();
        var again = await decisions.AppendAsync([first, second], CancellationToken.None);

        Assert.True(Log.IsRace(Assert.Single(failures)));
        Assert.All(again, outcome => Assert.Equal(AppendStatus.Duplicate, outcome.Status));
    }

    private static async Task<Exception?> CommitOrFailureAsync(IIngestSession session)
    {
        try
        {
            await session.CommitAsync(new Dictionary<int, MatchDecision>(), CancellationToken.None);
            return null;
        }
        catch (Exception failure)
        {
            return failure;
        }
    }

    [Fact]
    public void Claim_locks_are_taken_in_ascending_order_once_each()
    {
        var hashes = IdentityLocks.ClaimHashes(Claims(["b", "a", "c"], ["a", "x"]));

        Assert.Equal(5, hashes.Length);
        Assert.Equal(hashes.Order(), hashes);
    }

    private Task<IIngestSession> BeginAsync(IdentityClaims claims) => Log.BeginIngestAsync([], claims, CancellationToken.None);

    private static IdentityClaims Claims(IEnumerable<string> tokens, IEnumerable<string> keys) => new(tokens, keys);

    /// <summary>Waits until some session of this database waits for an advisory lock.</summary>
    private async Task WaitForAdvisoryWaiterAsync()
    {
        await using var command = _dataSource!.CreateCommand(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
        using var deadline = new CancellationTokenSource(Patience);
        while ((long)(await command.ExecuteScalarAsync(deadline.Token))! == 0)
        {
            await Task.Delay(5, deadline.Token);
        }
    }
}
