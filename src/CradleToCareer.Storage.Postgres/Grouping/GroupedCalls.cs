using System.Threading.Channels;

namespace CradleToCareer.Storage.Postgres.Grouping;

/// <summary>
/// Calls answered in groups, to share one database round trip (and, for writes, one commit) among the
/// callers of a busy moment: callers submit one item each and wait; a single runner takes every item
/// waiting when it is free (up to a group size) and handles them in one call. A caller's task ends with
/// its own result. Alone, a caller waits for nothing but its own call.
/// </summary>
/// <remarks>
/// One bad item never fails its neighbours: when a group's call fails for any reason but the database being out of
/// reach (<see cref="PostgresFailures.IsUnavailable"/>), each of its items is called again alone, so only the item
/// that cannot be handled gets the failure. A database out of reach fails every caller of the group with it: none of
/// them would fare better alone. A call that fails must have changed nothing (one transaction, for writes).
/// </remarks>
internal sealed class GroupedCalls<TItem, TResult> : IAsyncDisposable
{
    private readonly Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> _callGroup;
    private readonly int _maxGroup;
    private readonly Channel<Submission> _queue = Channel.CreateUnbounded<Submission>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _runner;

    /// <param name="callGroup">Handles the items in one call (one transaction, for writes) and returns one result per item, in order.</param>
    /// <param name="maxGroup">The most items one call takes.</param>
    public GroupedCalls(Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> callGroup, int maxGroup)
    {
        _callGroup = callGroup;
        _maxGroup = maxGroup;
        _runner = Task.Run(RunAsync);
    }

    /// <summary>
    /// Waits for the item's result. Cancelling stops the wait, not a call already under way: a write may
    /// still be committed.
    /// </summary>
    public async Task<TResult> SubmitAsync(TItem item, CancellationToken cancellationToken)
    {
        var submission = new Submission(item, new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(submission, cancellationToken);
        return await submission.Result.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Handles what was submitted, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _runner;
    }

    private async Task RunAsync()
    {
        var group = new List<Submission>(_maxGroup);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (group.Count < _maxGroup && _queue.Reader.TryRead(out var submission))
            {
                group.Add(submission);
            }

            await CallGroupAsync(group);
            group.Clear();
        }
    }

    private async Task CallGroupAsync(List<Submission> group)
    {
        try
        {
            var results = await _callGroup([.. group.Select(s => s.Item)]);
            for (var i = 0; i < group.Count; i++)
            {
                group[i].Result.TrySetResult(results[i]);
            }
        }
        catch (Exception exception) when (group.Count > 1 && !PostgresFailures.IsUnavailable(exception))
        {
            foreach (var submission in group)
            {
                await CallAloneAsync(submission);
            }
        }
        catch (Exception exception)
        {
            foreach (var submission in group)
            {
                submission.Result.TrySetException(exception);
            }
        }
    }

    private async Task CallAloneAsync(Submission submission)
    {
        try
        {
            var results = await _callGroup([submission.Item]);
            submission.Result.TrySetResult(results[0]);
        }
        catch (Exception exception)
        {
            submission.Result.TrySetException(exception);
        }
    }

    private sealed record Submission(TItem Item, TaskCompletionSource<TResult> Result);
}
