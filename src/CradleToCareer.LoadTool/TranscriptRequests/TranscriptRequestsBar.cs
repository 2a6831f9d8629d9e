using System.Globalization;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>
/// The bars of the e-transcript issue. Consented students: request to <c>issued</c> p99 under 100 ms, every request
/// answered 202 and issued. Students without consent: every request answered 202 <c>awaiting-consent</c>, consent
/// grant to <c>issued</c> push p99 under 500 ms. Across a SIGKILL: every accepted request ends where it should. Wherever
/// pushes are owed: every one received, correctly signed, and each status change under one webhook id. A bar with
/// nothing to judge (no latency, nothing owed) is missed.
/// </summary>
public static class TranscriptRequestsBar
{
    public const double MaxIssueP99Milliseconds = 100;
    public const double MaxPushP99Milliseconds = 500;

    public static IReadOnlyList<BarCheck> Consented(ConsentedOutcome c)
    {
        var notAccepted = RequestTally.NotAccepted(c.Answers);
        return
        [
            LatencyBar($"request -> issued p99 < {MaxIssueP99Milliseconds} ms (consented)", c.IssueLatency, MaxIssueP99Milliseconds),
            new("every request answered 202 and issued (consented)", Text($"not 202: {notAccepted:N0}, 202 but not issued: {c.NotIssued:N0}"),
                notAccepted == 0 && c.NotIssued == 0),
        ];
    }

    public static IReadOnlyList<BarCheck> ConsentGrant(GrantOutcome g)
    {
        var sent = g.Answers.Values.Sum();
        var awaiting = g.Answers.GetValueOrDefault(RequestTally.Accepted(RequestStatus.AwaitingConsent));
        return
        [
            new("every request answered 202 awaiting-consent (without consent)",
                Text($"{awaiting:N0} of {sent:N0} ({RequestTally.Describe(g.Answers)})"), sent > 0 && awaiting == sent),
            LatencyBar($"consent grant -> issued push p99 < {MaxPushP99Milliseconds} ms", g.Pushes.IssuedLatency, MaxPushP99Milliseconds),
            Delivery(g.Pushes, g.WithoutSecret),
        ];
    }

    public static IReadOnlyList<BarCheck> AcrossKill(KillOutcome k) =>
    [
        new("every 202 ends issued (consented) or awaiting-consent (without consent)",
            Text($"{k.Accepted - k.WrongFinal:N0} of {k.Accepted:N0} ({k.AcceptedBeforeKill:N0} answered before the kill)"),
            k.Accepted > 0 && k.WrongFinal == 0),
        Delivery(k.Pushes, k.WithoutSecret),
    ];

    private static BarCheck LatencyBar(string bar, LatencyStats latency, double maxP99) =>
        new(bar, latency.Count == 0 ? "no latency measured" : Text($"p99 {latency.P99:F1} ms (n = {latency.Count:N0})"),
            latency.Count > 0 && latency.P99 < maxP99);

    private static BarCheck Delivery(PushOutcome p, long withoutSecret) => new(
        "every issued push received, signed, one webhook id per status change",
        Text($"owed {p.Owed:N0}, received {p.Received:N0}, lost {p.Lost:N0}, status changes under several ids {p.ChangesUnderSeveralIds:N0}, ") +
        Text($"signature failures {p.SignatureFailures:N0}, unreadable {p.Malformed:N0}, 202 without a secret {withoutSecret:N0}"),
        p.Owed > 0 && p.Lost == 0 && p.ChangesUnderSeveralIds == 0 && p.SignatureFailures == 0 && p.Malformed == 0 && withoutSecret == 0);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
