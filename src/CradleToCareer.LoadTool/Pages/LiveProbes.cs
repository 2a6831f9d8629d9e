using System.Diagnostics;
using CradleToCareer.LoadTool.Alerts;
using CradleToCareer.LoadTool.Ingest;

namespace CradleToCareer.LoadTool.Pages;

/// <summary>
/// Live probes, one at a time: the next watched stream in rotation is armed, one change for its student
/// (<see cref="ProbeEvents"/>) is posted to <c>/v1/events</c>, and the wait ends at the stream's next
/// <c>event: progress</c> or after <see cref="GiveUp"/>. Latency is kept from just before the POST and from its
/// acknowledgement. A student gets a probe at most once per <see cref="StudentGap"/> (the service paces a student's
/// pushes to about one a second), and a pause of at least the interval lies between two probes.
/// </summary>
public sealed class LiveProbes(
    IReadOnlyList<LiveStream> streams, AckingSender sender, PagesTally tally, string tag, TimeSpan interval, DateOnly today, DateTime time)
{
    public static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan StudentGap = TimeSpan.FromMilliseconds(1_500);

    private static readonly IReadOnlyDictionary<string, string> NoMilestones = new Dictionary<string, string>(StringComparer.Ordinal);

    public async Task RunAsync(TimeSpan duration, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var lastProbe = new long[streams.Count];
        for (var n = 0; Stopwatch.GetElapsedTime(started) < duration; n++)
        {
            var index = n % streams.Count;
            var sinceLast = lastProbe[index] == 0 ? StudentGap : Stopwatch.GetElapsedTime(lastProbe[index]);
            await Task.Delay(Max(interval, StudentGap - sinceLast), ct);
            if (Stopwatch.GetElapsedTime(started) >= duration)
            {
                break;
            }
            lastProbe[index] = Stopwatch.GetTimestamp();
            await ProbeAsync(streams[index], n / streams.Count, n, ct);
        }
    }

    private async Task ProbeAsync(LiveStream stream, int round, long number, CancellationToken ct)
    {
        var change = ProbeEvents.For(stream.Student.Profile, round, tag, today, time);
        var arrival = stream.Arm();
        var posted = Stopwatch.GetTimestamp();
        var results = await sender.SendAsync(new PlannedBatch(BatchProducer.Serialize(number + 1, [change]), NoMilestones), ct);
        var acked = Stopwatch.GetTimestamp();
        var result = results[0];
        if (result.Status != "accepted" || result.PersonId != stream.Student.Landed.PersonId)
        {
            stream.Disarm();
            tally.ProbeFailed($"{result.Status} on {result.PersonId ?? "no person"}: {result.FirstError ?? change.Id}");
            return;
        }
        if (await Task.WhenAny(arrival, Task.Delay(GiveUp, ct)) != arrival)
        {
            stream.Disarm();
            tally.ProbeFailed($"no push within {GiveUp.TotalSeconds:F0} s");
            return;
        }
        var arrived = await arrival;
        tally.Live(Stopwatch.GetElapsedTime(posted, arrived), Stopwatch.GetElapsedTime(acked, arrived), ProbeEvents.IsMilestone(round));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
