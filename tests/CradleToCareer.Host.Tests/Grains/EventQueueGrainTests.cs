using CradleToCareer.Abstractions;
using CradleToCareer.Grains.Streaming;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Grains;

/// <summary>The event streams' queues: first in, first out, numbered in order, bounded; batches cross silos intact.</summary>
public sealed class EventQueueGrainTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    [Fact]
    public async Task Batches_come_out_oldest_first_numbered_in_order_with_their_items_and_each_only_once()
    {
        var queue = fixture.Client.GetGrain<IEventQueueGrain>("test/" + Guid.NewGuid().ToString("N"));
        var batches = Enumerable.Range(0, 3).Select(Batch).ToArray();
        foreach (var batch in batches)
        {
            await queue.EnqueueAsync(batch);
        }

        var first = (await queue.DequeueAsync(2)).Value;
        var rest = (await queue.DequeueAsync(10)).Value;
        var none = (await queue.DequeueAsync(10)).Value;

        var taken = first.Concat(rest).ToArray();
        Assert.Equal(new[] { 2, 1, 0 }, new[] { first.Length, rest.Length, none.Length });
        Assert.Equal(batches.Select(b => b.StreamId), taken.Select(b => b.StreamId));
        Assert.Equal(new[] { "p-0", "p-1", "p-2" }, taken.Select(b => ((AcceptedEvents)b.Items.Single()).PersonId));
        Assert.Equal("abc"u8.ToArray(), ((AcceptedEvents)taken[0].Items[0]).CanonicalEvents[0]);
        Assert.True(taken[0].SequenceToken.CompareTo(taken[1].SequenceToken) < 0);
        Assert.True(taken[1].SequenceToken.CompareTo(taken[2].SequenceToken) < 0);
        Assert.Equal("p-2", taken[2].GetEvents<AcceptedEvents>().Single().Item1.PersonId);
    }

    [Fact]
    public async Task A_full_queue_refuses_the_next_batch_and_still_gives_out_what_it_holds()
    {
        var queue = fixture.Client.GetGrain<IEventQueueGrain>("test/" + Guid.NewGuid().ToString("N"));
        var batch = Batch(0);
        await Task.WhenAll(Enumerable.Range(0, EventQueueGrain.Capacity).Select(_ => queue.EnqueueAsync(batch)));

        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => queue.EnqueueAsync(batch));
        Assert.Equal(EventQueueGrain.Capacity, (await queue.DequeueAsync(EventQueueGrain.Capacity + 1)).Value.Length);
        await queue.EnqueueAsync(batch);
    }

    private static QueuedEvents Batch(int i) =>
        new(StreamId.Create(EventStreams.Namespace, $"p-{i}"), [new AcceptedEvents($"p-{i}", [[.. "abc"u8]])], null, null);
}
