using System.Threading.Channels;

namespace CradleToCareer.Storage.Postgres.Grouping;

/// <summary>
/// Calls answered in groups, to share one database round trip (and, for writes, one commit) among the
/// callers of a busy moment: callers submit one item each and wait; a single runner takes every item
/// waiting when a call may start (up to a group size) and handles them in one call. At most a set number
/// of calls run at once, so a busy moment neither opens a connection per caller nor makes every caller
/// wait behind one slow commit. A caller's task ends with its own result. Alone, a caller waits for
/// nothing but its own call.
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
    private readonly int _maxInFlight;
    private readonly SemaphoreSlim _slots;
    private readonly Channel<Submission> _queue = Channel.CreateUnbounded<Submission>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _runner;

    /// <param name="callGroup">
    /// Handles the items in one call (one transaction, for writes) and returns one result per item, in order. With more
    /// than one call in flight, two calls may run at once and must not depend on each other's order.
    /// </param>
    /// <param name="maxGroup">The most items one call takes.</param>
    /// <param name="maxInFlight">The most calls running at once.</param>
    public GroupedCalls(Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> callGroup, int maxGroup, int maxInFlight = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInFlight, 1);
        _callGroup = callGroup;
        _maxGroup = maxGroup;
        _maxInFlight = maxInFlight;
        _slots = new SemaphoreSlim(maxInFlight, maxInFlight);
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
        _slots.Dispose();
    }

    /// <summary>Takes a slot, then every item waiting by then (up to a group), and calls them without waiting for the call.</summary>
    private async Task RunAsync()
    {
        while (await _queue.Reader.WaitToReadAsync())
        {
            await _slots.WaitAsync();
            var group = new List<Submission>(_maxGroup);
            while (group.Count < _maxGroup && _queue.Reader.TryRead(out var submission))
            {
                group.Add(submission);
            }

            _ = CallThenFreeSlotAsync(group);
        }

        for (var slot = 0; slot < _maxInFlight; slot++)
        {
            await _slots.WaitAsync();
        }
    }

    private async Task CallThenFreeSlotAsync(List<Submission> group)
    {
        try
        {
            await CallGroupAsync(group);
        }
        finally
        {
            _slots.Release();
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
