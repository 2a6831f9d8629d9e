using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// The freshness probes as they went: the latency of each that showed (acknowledgement to the first read showing it),
/// and how many showed only after <see cref="FreshnessPhase.Bar"/>, never showed, owed no change (landed on a person
/// already in the cohort, or were answered duplicate: an earlier run with the same tag sent them) or were not
/// accepted; the reads made and the 429s among them. Written by one probe loop, read by the progress line.
/// </summary>
public sealed class ProbeTally
{
    private readonly Lock _lock = new();
    private readonly List<double> _milliseconds = [];
    private long _reads;
    private long _throttled;

    public int Sent { get; private set; }
    public int Late { get; private set; }
    public int NotVisible { get; private set; }
    public int Merged { get; private set; }
    public int Duplicates { get; private set; }
    public int Failed { get; private set; }
    public List<string> FailureSamples { get; } = [];

    public long Reads => Interlocked.Read(ref _reads);
    public long Throttled => Interlocked.Read(ref _throttled);

    public int Visible
    {
        get
        {
            lock (_lock)
            {
                return _milliseconds.Count;
            }
        }
    }

    public void Posted() => Sent++;

    public void Read(bool throttled)
    {
        Interlocked.Increment(ref _reads);
        if (throttled)
        {
            Interlocked.Increment(ref _throttled);
        }
    }

    public void Shown(TimeSpan latency)
    {
        lock (_lock)
        {
            _milliseconds.Add(latency.TotalMilliseconds);
        }
        if (latency > FreshnessPhase.Bar)
        {
            Late++;
        }
    }

    public void NeverShown() => NotVisible++;

    public void OwedNoChange() => Merged++;

    public void SentBefore() => Duplicates++;

    public void NotAccepted(string reason)
    {
        Failed++;
        if (FailureSamples.Count < 5)
        {
            FailureSamples.Add(reason);
        }
    }

    public LatencyStats Latency()
    {
        lock (_lock)
        {
            return LatencyStats.Of(_milliseconds);
        }
    }
}
