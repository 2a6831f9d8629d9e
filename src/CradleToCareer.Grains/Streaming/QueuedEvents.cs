using Orleans.Providers.Streams.Common;
using Orleans.Streams;

namespace CradleToCareer.Grains.Streaming;

/// <summary>
/// One <c>OnNextAsync</c> on an event stream, as its queue holds it and the pulling agent hands it on: the items
/// themselves, never serialized or copied inside a silo (the type is immutable, so Orleans passes it by reference to a
/// grain on the same silo), and serialized only when it crosses to another silo.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QueuedEvents(
    [property: Id(0)] StreamId StreamId,
    [property: Id(1)] object[] Items,
    [property: Id(2)] Dictionary<string, object>? RequestContext,
    [property: Id(3)] EventSequenceTokenV2? Position) : IBatchContainer
{
    /// <summary>Where the queue put it; set by the queue when it takes the batch, so never null once dequeued.</summary>
    public StreamSequenceToken SequenceToken =>
        Position ?? throw new InvalidOperationException("A batch has a sequence token only once its queue has taken it.");

    public IEnumerable<Tuple<T, StreamSequenceToken>> GetEvents<T>()
    {
        for (var i = 0; i < Items.Length; i++)
        {
            if (Items[i] is T item)
            {
                yield return Tuple.Create(item, (StreamSequenceToken)Position!.CreateSequenceTokenForEvent(i));
            }
        }
    }

    public bool ImportRequestContext()
    {
        if (RequestContext is null)
        {
            return false;
        }

        RequestContextExtensions.Import(RequestContext);
        return true;
    }
}
