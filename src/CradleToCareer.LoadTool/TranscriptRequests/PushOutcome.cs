using System.Diagnostics;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>
/// The pushes judged: <c>issued</c> pushes owed against those received, with their latency (first arrival minus the
/// reference the run gave when it owed the push); webhook ids per status change (one change announced under two ids
/// is a duplicate delivery, a retry under the same id is not); requests and deliveries per pushed status.
/// </summary>
public sealed record PushOutcome(
    int Owed, int Received, int Lost, int ChangesUnderSeveralIds, long Redeliveries, long Deliveries,
    IReadOnlyDictionary<string, (int Requests, long Deliveries)> ByStatus, long SignatureFailures, long Malformed,
    long UnknownRequests, LatencyStats IssuedLatency)
{
    public static PushOutcome From(PushSnapshot s)
    {
        var changes = s.Deliveries.Values
            .GroupBy(d => d.Change)
            .ToDictionary(g => g.Key, g => (Ids: g.Count(), FirstArrival: g.Min(d => d.FirstArrival)));
        var latencies = new List<double>();
        foreach (var (requestId, reference) in s.OwedIssued)
        {
            if (changes.TryGetValue(new StatusChange(requestId, RequestStatus.Issued), out var issued))
            {
                latencies.Add((issued.FirstArrival - reference) * 1_000.0 / Stopwatch.Frequency);
            }
        }
        var byStatus = s.Deliveries.Values
            .GroupBy(d => d.Change.Status, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (g.Select(d => d.Change.RequestId).Distinct(StringComparer.Ordinal).Count(), g.Sum(d => (long)d.Count)),
                StringComparer.Ordinal);
        return new PushOutcome(
            s.OwedIssued.Count,
            latencies.Count,
            s.OwedIssued.Count - latencies.Count,
            changes.Values.Count(c => c.Ids > 1),
            s.Deliveries.Values.Sum(d => (long)d.Count - 1),
            s.Deliveries.Values.Sum(d => (long)d.Count),
            byStatus,
            s.SignatureFailures,
            s.Malformed,
            s.UnknownRequests,
            LatencyStats.Of(latencies));
    }
}
