namespace CradleToCareer.Grains;

/// <summary>
/// How many events this silo's student grains are taking in, a second at a time, and whether that is a bulk load: at
/// least <see cref="BulkEventsPerSecond"/> in the last full second or the current one. <see cref="ChangePacing"/> then
/// spaces every student's after-change work (projection, alerts, institution counts) further apart, so the processor
/// goes to taking the load in; reads still project on demand and see every event.
/// </summary>
public sealed class SiloEventRate(TimeProvider clock)
{
    /// <summary>Well above live operation (the latency bars are measured at 1,000 events/s), well below a bulk load.</summary>
    public const int BulkEventsPerSecond = 2_500;

    private readonly Lock _sync = new();
    private long _second;
    private int _thisSecond;
    private int _lastSecond;

    public bool IsBulkLoad
    {
        get
        {
            lock (_sync)
            {
                Roll();
                return Math.Max(_thisSecond, _lastSecond) >= BulkEventsPerSecond;
            }
        }
    }

    /// <summary>Counts events a student grain took in from its stream.</summary>
    public void Delivered(int events)
    {
        lock (_sync)
        {
            Roll();
            _thisSecond += events;
        }
    }

    private void Roll()
    {
        var second = clock.GetUtcNow().ToUnixTimeSeconds();
        if (second != _second)
        {
            _lastSecond = second == _second + 1 ? _thisSecond : 0;
            _thisSecond = 0;
            _second = second;
        }
    }
}
