using System.Collections.Concurrent;
using CradleToCareer.LoadTool.Ingest;
using CradleToCareer.LoadTool.Kill;
using CradleToCareer.LoadTool.Views;
using CradleToCareer.LoadTool.Webhooks;

namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>
/// The kill phase observed: answers by kind, 202s before the kill and in all, the status each accepted request ended
/// in (by kind of student), how many ended where they should not, the pushes, the outage and the drain.
/// </summary>
public sealed record KillOutcome(
    IReadOnlyDictionary<string, long> Answers, int AcceptedBeforeKill, int Accepted, IReadOnlyDictionary<string, long> Final,
    int WrongFinal, long WithoutSecret, PushOutcome Pushes, OutageWindow? Outage, double? DrainSeconds);

/// <summary>
/// Kill mode: --rate requests a second for --duration-seconds, every one with the receiver's URL, taking turns between
/// a consented student and one without consent, while the host is SIGKILLed and restarted (<see cref="HostKiller"/>).
/// A request the host did not answer 202 is not owed anything. Each consented 202 owes its <c>issued</c> push. After
/// the restart and up to --drain seconds for the pushes, every accepted request is read back: consented ones must be
/// issued (or delivered or acknowledged), the others awaiting consent.
/// </summary>
public sealed class KillPhase(
    TranscriptRequestsOptions o, KillPlan plan, CollegeCalls calls, RequestTargets targets, Uri receiverUrl, PushTally pushes,
    PushedRequests pushed, RunStop stop, Func<string> ingestStatus, Action<string> log)
{
    /// <summary>Final reads sent at once.</summary>
    public const int FinalReadConcurrency = 8;

    public const string Consented = "consented";
    public const string WithoutConsent = "without consent";

    /// <summary>Where accepted requests should end: the <see cref="KillOutcome.Final"/> keys that are not wrong.</summary>
    private static readonly string[] RightFinal = [$"{Consented}: {RequestStatus.Issued}", $"{WithoutConsent}: {RequestStatus.AwaitingConsent}"];

    private readonly RequestTally _tally = new();
    private readonly Outage _outage = new();
    private readonly ConcurrentQueue<(string RequestId, bool Consented, long AnsweredAt)> _accepted = new();
    private readonly ConcurrentDictionary<string, long> _final = new(StringComparer.Ordinal);

    public async Task<KillOutcome> RunAsync(CancellationToken ct)
    {
        var count = (long)o.Rate * o.DurationSeconds;
        await PhaseProgress.RunAsync(() => SendStatus(count), async () =>
        {
            var killing = stop.GuardAsync(token => HostKiller.RunAsync(plan, o.Url, _outage, log, token));
            await OpenLoop.ForCountAsync(count, o.Rate, RequestAsync, ct);
            await killing;
        });
        ct.ThrowIfCancellationRequested();

        double? drained = null;
        await PhaseProgress.RunAsync(DrainStatus, async () => drained = await WebhookDrain.RunAsync(pushes.Progress, TimeSpan.FromSeconds(o.DrainSeconds), ct));
        var accepted = _accepted.ToArray();
        await PhaseProgress.RunAsync(() => $"kill: read back {_final.Values.Sum():N0}/{accepted.Length:N0}",
            () => ClosedLoop.ForCountAsync(accepted.Length, FinalReadConcurrency, (i, token) => ReadBackAsync(accepted[i], token), ct));

        var killedAt = _outage.Window?.KilledAt ?? long.MaxValue;
        return new KillOutcome(
            _tally.Answers(), accepted.Count(a => a.AnsweredAt < killedAt), accepted.Length,
            new Dictionary<string, long>(_final, StringComparer.Ordinal), WrongFinal(_final), pushed.WithoutSecret,
            PushOutcome.From(pushes.Snapshot()), _outage.Window, drained);
    }

    /// <summary>Requests that ended neither issued (consented) nor awaiting consent (the others), or could not be read back.</summary>
    public static int WrongFinal(IReadOnlyDictionary<string, long> final) => (int)final.Where(f => !RightFinal.Contains(f.Key)).Sum(f => f.Value);

    private async Task RequestAsync(long index, CancellationToken ct)
    {
        var consented = index % 2 == 0;
        var students = consented ? targets.Consented : targets.Awaiting;
        _tally.Sending();
        var outcome = await calls.RequestAsync(students[(int)(index / 2 % students.Count)], $"{o.Tag}-k{index:D6}", receiverUrl, ct);
        _tally.Answer(outcome.Kind);
        if (outcome.Accepted is { } answer)
        {
            pushed.Accepted(answer);
            if (consented)
            {
                pushes.OweIssued(answer.RequestId, outcome.SentAt);
            }
            _accepted.Enqueue((answer.RequestId, consented, outcome.AnsweredAt));
        }
    }

    private async Task ReadBackAsync((string RequestId, bool Consented, long AnsweredAt) request, CancellationToken ct)
    {
        var (status, kind) = await calls.StatusAsync(request.RequestId, ct);
        var ended = status is null ? kind : RequestStatus.HasIssued(status) ? RequestStatus.Issued : status;
        _final.AddOrUpdate($"{(request.Consented ? Consented : WithoutConsent)}: {ended}", 1, (_, n) => n + 1);
    }

    private string SendStatus(long count) =>
        $"kill: {_tally.Answered:N0}/{count:N0} answered | {RequestTally.Describe(_tally.Answers())} | " +
        $"issued pushes {Pushes()} | {ingestStatus()}{_outage.Status()}";

    private string DrainStatus() => $"kill: drain, issued pushes {Pushes()} | bad signatures {pushes.SignatureFailures:N0}";

    private string Pushes()
    {
        var (expected, received) = pushes.Progress();
        return $"{received:N0}/{expected:N0}";
    }
}
