using System.Collections.Concurrent;
using System.Diagnostics;
using CradleToCareer.LoadTool.Reporting;
using CradleToCareer.LoadTool.Views;
using CradleToCareer.LoadTool.Webhooks;

namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>
/// Phase "consent-grant" observed: answers to the requests by kind, 202s without a usable secret, consents granted and
/// their round trips, the pushes, and the seconds until every owed push had come (null when the drain limit passed first).
/// </summary>
public sealed record GrantOutcome(
    IReadOnlyDictionary<string, long> Answers, long WithoutSecret, int Granted, LatencyStats GrantRoundTrip, PushOutcome Pushes,
    double? DrainSeconds);

/// <summary>
/// Phase "consent-grant": one request per student without consent, with the receiver's URL, at --rate a second; each
/// must be answered 202 <c>awaiting-consent</c>. Then, at --grant-rate a second, each of those students consents to the
/// college, and the service owes that request's <c>issued</c> push. Its latency runs from just before the consent's POST
/// is sent (so it includes the grant's own round trip, reported apart) to the push's first arrival. Then up to --drain
/// seconds for the pushes still owed.
/// </summary>
public sealed class ConsentGrantPhase(
    TranscriptRequestsOptions o, HttpClient http, CollegeCalls calls, RequestTargets targets, Uri receiverUrl, PushTally pushes,
    PushedRequests pushed, Func<string> ingestStatus)
{
    private readonly RequestTally _tally = new();
    private readonly ConcurrentQueue<(LandedStudent Student, string RequestId)> _awaiting = new();
    private readonly ConcurrentBag<double> _grantMilliseconds = [];

    public async Task<GrantOutcome> RunAsync(CancellationToken ct)
    {
        var students = targets.Awaiting;
        await PhaseProgress.RunAsync(() => $"consent-grant: requests {_tally.Answered:N0}/{students.Count:N0} answered | {RequestTally.Describe(_tally.Answers())}",
            () => OpenLoop.ForCountAsync(students.Count, o.Rate, (j, token) => RequestAsync(students[(int)j], j, token), ct));

        var waiting = _awaiting.ToArray();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await PhaseProgress.RunAsync(() => GrantStatus(waiting.Length),
            () => OpenLoop.ForCountAsync(waiting.Length, o.GrantRate, (k, token) => GrantAsync(waiting[k], today, token), ct));

        double? drained = null;
        await PhaseProgress.RunAsync(() => GrantStatus(waiting.Length),
            async () => drained = await WebhookDrain.RunAsync(pushes.Progress, TimeSpan.FromSeconds(o.DrainSeconds), ct));
        return new GrantOutcome(
            _tally.Answers(), pushed.WithoutSecret, waiting.Length, LatencyStats.Of(_grantMilliseconds),
            PushOutcome.From(pushes.Snapshot()), drained);
    }

    private async Task RequestAsync(LandedStudent student, long index, CancellationToken ct)
    {
        _tally.Sending();
        var outcome = await calls.RequestAsync(student, $"{o.Tag}-g{index:D6}", receiverUrl, ct);
        _tally.Answer(outcome.Kind);
        if (outcome.Accepted is { } answer)
        {
            pushed.Accepted(answer);
            if (answer.Status == RequestStatus.AwaitingConsent)
            {
                _awaiting.Enqueue((student, answer.RequestId));
            }
        }
    }

    private async Task GrantAsync((LandedStudent Student, string RequestId) waiting, DateOnly today, CancellationToken ct)
    {
        var sent = Stopwatch.GetTimestamp();
        pushes.OweIssued(waiting.RequestId, sent);
        await ConsentGrants.GrantAsync(http, targets.Source, waiting.Student, o.CollegeOrgId, TranscriptRequestsSetup.TranscriptGrant, today, ct);
        _grantMilliseconds.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
    }

    private string GrantStatus(int waiting)
    {
        var outcome = PushOutcome.From(pushes.Snapshot());
        return $"consent-grant: granted {_grantMilliseconds.Count:N0}/{waiting:N0} | issued pushes {outcome.Received:N0}/{outcome.Owed:N0}, " +
               $"p99 {outcome.IssuedLatency.P99:F0} ms | bad signatures {outcome.SignatureFailures:N0} | {ingestStatus()}";
    }
}
