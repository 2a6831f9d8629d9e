using CradleToCareer.Storage.Postgres.Grouping;

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
}
