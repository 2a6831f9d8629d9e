namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// Tells when waiting for a figure has become pointless: it has not changed for <paramref name="patience"/>. Fed the
/// figure read (null for "not shown") and the time since the wait began; not thread-safe.
/// </summary>
public sealed class StallWatch(TimeSpan patience)
{
    private bool _seen;
    private int? _last;
    private TimeSpan _since;

    /// <summary>Records a reading; true when the figure has stayed the same for the whole patience.</summary>
    public bool Observe(int? figure, TimeSpan elapsed)
    {
        if (!_seen || figure != _last)
        {
            (_seen, _last, _since) = (true, figure, elapsed);
            return false;
        }
        return elapsed - _since >= patience;
    }
}
