using CradleToCareer.Storage.Postgres.Grouping;
using Npgsql;

namespace CradleToCareer.Storage.Tests.Grouping;

public sealed class GroupedCallsTests
{
    [Fact]
    public async Task Items_submitted_while_a_group_is_being_written_share_the_next_group_and_each_gets_its_own_result()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var groups = new List<int[]>();
        await using var calls = new GroupedCalls<int, string>(async items =>
        {
            lock (groups)
            {
                groups.Add([.. items]);
            }

            await release.Task;
            return [.. items.Select(i => "r" + i)];
        }, maxGroup: 100);

        var first = calls.SubmitAsync(0, CancellationToken.None);
        while (groups.Count == 0)
        {
            await Task.Delay(5);
        }

        var waiting = Enumerable.Range(1, 10).Select(i => calls.SubmitAsync(i, CancellationToken.None)).ToList();
        release.SetResult();
        var results = await Task.WhenAll(waiting);

        Assert.Equal("r0", await first);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => "r" + i), results);
        Assert.Equal([[0], [.. Enumerable.Range(1, 10)]], groups);
    }

    [Fact]
    public async Task With_room_for_two_calls_a_second_group_starts_while_the_first_is_held_and_a_third_waits_for_a_free_slot()
    {
        var releases = new[] { NewRelease(), NewRelease(), NewRelease() };
        var groups = new List<int[]>();
        await using var calls = new GroupedCalls<int, int>(async items =>
        {
            int number;
            lock (groups)
            {
                groups.Add([.. items]);
                number = groups.Count - 1;
            }

            await releases[number].Task;
            return items;
        }, maxGroup: 100, maxInFlight: 2);

        var first = calls.SubmitAsync(1, CancellationToken.None);
        await WaitForGroupsAsync(groups, 1);
        var second = calls.SubmitAsync(2, CancellationToken.None);
        await WaitForGroupsAsync(groups, 2);
        var third = calls.SubmitAsync(3, CancellationToken.None);
        var fourth = calls.SubmitAsync(4, CancellationToken.None);
        await Task.Delay(100);
        var startedWhileBothHeld = CountOf(groups);
        releases[1].SetResult();

        Assert.Equal(2, await second);
        await WaitForGroupsAsync(groups, 3);
        releases[0].SetResult();
        releases[2].SetResult();
        var rest = await Task.WhenAll(first, third, fourth);
        Assert.Equal([1, 3, 4], rest);
        Assert.Equal(2, startedWhileBothHeld);
        Assert.Equal([[1], [2], [3, 4]], groups);
    }

    [Fact]
    public async Task A_failed_group_fails_each_of_its_callers_and_the_next_group_is_called()
    {
        var attempts = 0;
        await using var calls = new GroupedCalls<int, int>(items =>
            Interlocked.Increment(ref attempts) == 1
                ? throw new InvalidOperationException("database gone")
                : Task.FromResult<IReadOnlyList<int>>([.. items.Select(i => i * 2)]),
            maxGroup: 100);

        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => calls.SubmitAsync(1, CancellationToken.None));
        var next = await calls.SubmitAsync(2, CancellationToken.None);

        Assert.Equal("database gone", failed.Message);
        Assert.Equal(4, next);
    }

    [Fact]
    public async Task No_group_is_larger_than_the_limit()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sizes = new List<int>();
        await using var calls = new GroupedCalls<int, int>(async items =>
        {
            lock (sizes)
            {
                sizes.Add(items.Count);
            }

            await release.Task;
            return items;
        }, maxGroup: 3);

        var blocker = calls.SubmitAsync(0, CancellationToken.None);
        while (sizes.Count == 0)
        {
            await Task.Delay(5);
        }

        var rest = Enumerable.Range(1, 7).Select(i => calls.SubmitAsync(i, CancellationToken.None)).ToList();
        release.SetResult();
        await Task.WhenAll(rest);
        await blocker;

        Assert.Equal([1, 3, 3, 1], sizes);
    }

    [Fact]
    public async Task A_group_failing_on_one_bad_item_is_called_again_item_by_item_and_only_the_bad_item_fails()
    {
        var (calls, groups, release) = GroupsHeldOpen(items => items.Contains(-1)
            ? throw new FormatException("bad item")
            : [.. items.Select(i => i * 2)]);
        await using var _ = calls;
        var blocker = await StartBlockerAsync(calls, groups);

        var submitted = new[] { 1, 2, -1, 3 }.Select(i => calls.SubmitAsync(i, CancellationToken.None)).ToList();
        release.SetResult();
        await blocker;

        await Assert.ThrowsAsync<FormatException>(() => submitted[2]);
        var good = await Task.WhenAll(submitted[0], submitted[1], submitted[3]);
        Assert.Equal([2, 4, 6], good);
        Assert.Equal([[0], [1, 2, -1, 3], [1], [2], [-1], [3]], groups);
    }

    [Fact]
    public async Task A_group_failing_because_the_database_is_out_of_reach_fails_every_caller_without_calling_again()
    {
        var (calls, groups, release) = GroupsHeldOpen(items => items.Count > 1 ? throw new NpgsqlException("connection refused") : items);
        await using var _ = calls;
        var blocker = await StartBlockerAsync(calls, groups);

        var submitted = new[] { 1, 2, 3 }.Select(i => calls.SubmitAsync(i, CancellationToken.None)).ToList();
        release.SetResult();
        await blocker;

        foreach (var call in submitted)
        {
            await Assert.ThrowsAsync<NpgsqlException>(() => call);
        }

        Assert.Equal([[0], [1, 2, 3]], groups);
    }

    private static TaskCompletionSource NewRelease() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static async Task WaitForGroupsAsync(List<int[]> groups, int count)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (CountOf(groups) < count && DateTime.UtcNow < until)
        {
            await Task.Delay(5);
        }

        Assert.True(CountOf(groups) >= count, $"{count} groups should have started; {CountOf(groups)} did");
    }

    private static int CountOf(List<int[]> groups)
    {
        lock (groups)
        {
            return groups.Count;
        }
    }

    /// <summary>Grouped calls that record each group and hold every call until released; <paramref name="answer"/> answers a group.</summary>
    private static (GroupedCalls<int, int> Calls, List<int[]> Groups, TaskCompletionSource Release) GroupsHeldOpen(
        Func<IReadOnlyList<int>, IReadOnlyList<int>> answer)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var groups = new List<int[]>();
        var calls = new GroupedCalls<int, int>(async items =>
        {
            lock (groups)
            {
                groups.Add([.. items]);
            }

            await release.Task;
            return answer(items);
        }, maxGroup: 100);
        return (calls, groups, release);
    }

    /// <summary>Submits item 0 and waits until its call is under way, so the next items wait together for one group.</summary>
    private static async Task<Task<int>> StartBlockerAsync(GroupedCalls<int, int> calls, List<int[]> groups)
    {
        var blocker = calls.SubmitAsync(0, CancellationToken.None);
        while (groups.Count == 0)
        {
            await Task.Delay(5);
        }

        return blocker;
    }
}
