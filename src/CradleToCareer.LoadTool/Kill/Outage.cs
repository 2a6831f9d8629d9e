namespace CradleToCareer.LoadTool.Kill;

/// <summary>From the kill to the first ready answer afterwards (Stopwatch timestamps); no ready time while the host is still down.</summary>
public sealed record OutageWindow(long KilledAt, long? ReadyAt)
{
    /// <summary>Whether the span from <paramref name="reference"/> to <paramref name="arrival"/> overlaps the outage.</summary>
    public bool Touches(long reference, long arrival) => reference < (ReadyAt ?? long.MaxValue) && arrival > KilledAt;
}

/// <summary>The kill run's outage as it happens, for the status line and the report; thread-safe.</summary>
public sealed class Outage
{
    private long _killedAt;
    private long _readyAt;

    public OutageWindow? Window
    {
        get
        {
            var killed = Interlocked.Read(ref _killedAt);
            var ready = Interlocked.Read(ref _readyAt);
            return killed == 0 ? null : new OutageWindow(killed, ready == 0 ? null : ready);
        }
    }

    public void Killed(long at) => Interlocked.Exchange(ref _killedAt, at);

    public void Ready(long at) => Interlocked.Exchange(ref _readyAt, at);

    public string Status() => Window switch
    {
        null => "",
        { ReadyAt: null } => " | host killed, waiting for ready",
        _ => " | host back",
    };
}
