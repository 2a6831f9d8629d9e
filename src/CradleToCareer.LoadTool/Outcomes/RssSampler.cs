using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>The host's resident memory around a job, in KiB: just before it, at its peak while it ran, and at its end.</summary>
public sealed record RssSamples(long? BeforeKiB, long? PeakKiB, long? AfterKiB, int Samples)
{
    /// <summary>Peak minus before, in MiB, when both are known.</summary>
    public double? GrowthMiB => PeakKiB - BeforeKiB is { } growth ? growth / 1024.0 : null;
}

/// <summary>
/// Samples another process's VmRSS (/proc/PID/status) every <see cref="Interval"/> from <see cref="Start"/> until
/// <see cref="StopAsync"/>, keeping the first, the largest and the last reading.
/// </summary>
public sealed class RssSampler
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long? _before;
    private long? _peak;
    private long? _last;
    private int _samples;

    private RssSampler(int pid)
    {
        _pid = pid;
        _before = HostMemory.ResidentKiB(pid);
        Take(_before);
        _sampling = Task.Run(SampleAsync);
    }

    public static RssSampler Start(int pid) => new(pid);

    public async Task<RssSamples> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
        Take(HostMemory.ResidentKiB(_pid));
        return new RssSamples(_before, _peak, _last, _samples);
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                Take(HostMemory.ResidentKiB(_pid));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Take(long? kib)
    {
        if (kib is not { } value)
        {
            return;
        }
        _samples++;
        _last = value;
        _peak = Math.Max(_peak ?? value, value);
    }
}
