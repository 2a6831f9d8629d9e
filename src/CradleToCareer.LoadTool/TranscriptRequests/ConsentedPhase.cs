using System.Diagnostics;
using CradleToCareer.LoadTool.Reporting;
using CradleToCareer.LoadTool.Views;

namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>Phase "consented" observed: answers by kind, request-to-issued latency, and accepted requests never seen issued.</summary>
public sealed record ConsentedOutcome(IReadOnlyDictionary<string, long> Answers, LatencyStats IssueLatency, long NotIssued);

/// <summary>
/// Phase "consented": --rate requests a second for --duration-seconds, open loop, about the consented students in
/// turn, without a delivery URL. A request's latency runs from just before its POST to the answer that says
/// <c>issued</c>: the 202 itself, or else the first <c>GET</c> of the request (every <see cref="PollInterval"/>) that
/// does; one not issued within <see cref="IssueLimit"/> counts as not issued.
/// </summary>
public sealed class ConsentedPhase(TranscriptRequestsOptions o, CollegeCalls calls, IReadOnlyList<LandedStudent> students, Func<string> ingestStatus)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);
    public static readonly TimeSpan IssueLimit = TimeSpan.FromSeconds(30);

    private readonly RequestTally _tally = new();
    private long _notIssued;

    public async Task<ConsentedOutcome> RunAsync(CancellationToken ct)
    {
        var count = (long)o.Rate * o.DurationSeconds;
        await PhaseProgress.RunAsync(() => Status(count), () => OpenLoop.ForCountAsync(count, o.Rate, RequestAsync, ct));
        return new ConsentedOutcome(_tally.Answers(), _tally.IssueLatency(), Interlocked.Read(ref _notIssued));
    }

    private async Task RequestAsync(long index, CancellationToken ct)
    {
        _tally.Sending();
        var outcome = await calls.RequestAsync(students[(int)(index % students.Count)], $"{o.Tag}-c{index:D6}", null, ct);
        _tally.Answer(outcome.Kind);
        if (outcome.Accepted is not { } answer)
        {
            return;
        }
        var issuedAt = RequestStatus.HasIssued(answer.Status) ? outcome.AnsweredAt : await PollUntilIssuedAsync(answer.RequestId, ct);
        if (issuedAt is { } at)
        {
            _tally.Issued(Stopwatch.GetElapsedTime(outcome.SentAt, at));
        }
        else
        {
            Interlocked.Increment(ref _notIssued);
        }
    }

    /// <summary>The Stopwatch timestamp of the first answer that says issued, or null when none does within <see cref="IssueLimit"/>.</summary>
    private async Task<long?> PollUntilIssuedAsync(string requestId, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < IssueLimit)
        {
            await Task.Delay(PollInterval, ct);
            var (status, _) = await calls.StatusAsync(requestId, ct);
            if (RequestStatus.HasIssued(status))
            {
                return Stopwatch.GetTimestamp();
            }
        }
        return null;
    }

    private string Status(long count)
    {
        var latency = _tally.IssueLatency();
        return $"consented: {_tally.Answered:N0}/{count:N0} answered | issued p50 {latency.P50:F0} ms p99 {latency.P99:F0} ms | " +
               $"not 202 {RequestTally.NotAccepted(_tally.Answers()):N0} | {ingestStatus()}";
    }
}
