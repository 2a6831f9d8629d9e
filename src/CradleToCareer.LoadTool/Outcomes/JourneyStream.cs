using System.Collections.Concurrent;
using CradleToCareer.LoadTool.Alerts;
using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Generation;
using CradleToCareer.LoadTool.Ingest;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// Journey events without end for a <see cref="SteadyIngest"/>: generated on a thread of their own (a wave of 1,000
/// students at a time, as <see cref="JourneyGenerator"/> releases them) into a bounded buffer, so the schedule does
/// not stall while a wave is built. <see cref="NextBatch"/> takes the next events in simulated-time order.
/// </summary>
public sealed class JourneyStream : IDisposable
{
    /// <summary>About two waves of events.</summary>
    public const int Buffered = 200_000;

    private static readonly IReadOnlyDictionary<string, string> NoMilestones = new Dictionary<string, string>(StringComparer.Ordinal);

    private readonly BlockingCollection<GeneratedEvent> _events = new(Buffered);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _producer;

    public JourneyStream(int seed, string tag)
    {
        _producer = Task.Run(() =>
        {
            try
            {
                foreach (var e in new JourneyGenerator(seed, tag).Generate(long.MaxValue, null))
                {
                    _events.Add(e, _stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                _events.CompleteAdding();
            }
        });
    }

    /// <summary>Batch number <paramref name="number"/> of <paramref name="size"/> events; waits while the buffer is empty.</summary>
    public PlannedBatch NextBatch(long number, int size)
    {
        var events = new List<GeneratedEvent>(size);
        while (events.Count < size && _events.TryTake(out var e, Timeout.Infinite))
        {
            events.Add(e);
        }
        return events.Count > 0
            ? new PlannedBatch(BatchProducer.Serialize(number, events), NoMilestones)
            : throw new InvalidOperationException("the journey stream has ended");
    }

    public void Dispose()
    {
        _stop.Cancel();
        _producer.Wait();
        _events.Dispose();
        _stop.Dispose();
    }
}
