using System.Diagnostics;
using CradleToCareer.LoadTool.Kill;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Alerts;

/// <summary>
/// The run judged: alerts owed against alerts received. Latency is first arrival minus reference
/// (<see cref="MilestoneAcks.Reference"/>), over every alert received (<see cref="All"/>) and over those the
/// outage did not touch (<see cref="OutsideOutage"/>: their batch went through at once and their span from reference to
/// arrival misses the outage; the same as <see cref="All"/> without a kill).
/// </summary>
public sealed record AlertOutcome(
    int Expected, int Received, int Lost, int MilestonesWithSeveralIds, long Redeliveries, long Deliveries, int Unexpected,
    long SignatureFailures, long Malformed, LatencyStats All, LatencyStats OutsideOutage)
{
    public static AlertOutcome From(AlertSnapshot s, OutageWindow? outage)
    {
        var announced = s.Deliveries.Values
            .Where(d => d.Type == AlertBody.MilestoneReached)
            .GroupBy(d => d.Key)
            .ToDictionary(g => g.Key, g => (Ids: g.Count(), FirstArrival: g.Min(d => d.FirstArrival)));
        var all = new List<double>();
        var outside = new List<double>();
        foreach (var (key, expected) in s.Expected)
        {
            if (announced.TryGetValue(key, out var alert))
            {
                var milliseconds = (alert.FirstArrival - expected.Reference) * 1_000.0 / Stopwatch.Frequency;
                all.Add(milliseconds);
                if (outage is null || !(expected.Resent || outage.Touches(expected.Reference, alert.FirstArrival)))
                {
                    outside.Add(milliseconds);
                }
            }
        }
        return new AlertOutcome(
            s.Expected.Count,
            all.Count,
            s.Expected.Count - all.Count,
            announced.Values.Count(a => a.Ids > 1),
            s.Deliveries.Values.Sum(d => (long)d.Count - 1),
            s.Deliveries.Values.Sum(d => (long)d.Count),
            s.Deliveries.Values.Count(d => d.Type != AlertBody.MilestoneReached || !s.Expected.ContainsKey(d.Key)),
            s.SignatureFailures,
            s.Malformed,
            LatencyStats.Of(all),
            LatencyStats.Of(outside));
    }
}
