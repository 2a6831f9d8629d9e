using CradleToCareer.LoadTool.Reporting;
using CradleToCareer.LoadTool.TranscriptRequests;

namespace CradleToCareer.LoadTool.Tests.TranscriptRequests;

public sealed class TranscriptRequestsBarTests
{
    private static readonly Dictionary<string, long> AllIssued = new() { ["202 issued"] = 3_000 };

    private static PushOutcome Pushes(int owed, int received, int severalIds = 0, long signatureFailures = 0, double p99 = 120) => new(
        owed, received, owed - received, severalIds, 0, received, new Dictionary<string, (int, long)>(), signatureFailures, 0, 0,
        new LatencyStats(received, 50, 90, p99, p99 + 10));

    [Theory]
    [InlineData(99.9, true)]
    [InlineData(100.0, false)]
    public void Consented_latency_passes_only_under_100_ms(double p99, bool met)
    {
        var checks = TranscriptRequestsBar.Consented(new ConsentedOutcome(AllIssued, new LatencyStats(3_000, 20, 40, p99, 150), 0));

        Assert.Equal(met, checks[0].Met);
        Assert.True(checks[1].Met);
        Assert.Equal(met ? "PASS" : "MISS", checks[0].Verdict);
    }

    [Fact]
    public void Consented_misses_without_latency_or_with_answers_other_than_202()
    {
        var answers = new Dictionary<string, long> { ["202 issued"] = 10, ["http-503"] = 1 };

        var checks = TranscriptRequestsBar.Consented(new ConsentedOutcome(answers, LatencyStats.Of([]), 0));

        Assert.All(checks, check => Assert.False(check.Met));
        Assert.Contains("not 202: 1", checks[1].Measured, StringComparison.Ordinal);
    }

    [Fact]
    public void Consent_grant_passes_when_every_request_waits_and_every_push_comes_in_time_under_one_id()
    {
        var answers = new Dictionary<string, long> { ["202 awaiting-consent"] = 200 };

        var checks = TranscriptRequestsBar.ConsentGrant(new GrantOutcome(answers, 0, 200, LatencyStats.Of([5.0]), Pushes(200, 200), 1.5));

        Assert.All(checks, check => Assert.True(check.Met, check.Bar));
    }

    [Fact]
    public void Consent_grant_misses_an_issued_202_a_slow_p99_a_lost_push_and_a_second_webhook_id()
    {
        var answers = new Dictionary<string, long> { ["202 awaiting-consent"] = 199, ["202 issued"] = 1 };

        var checks = TranscriptRequestsBar.ConsentGrant(
            new GrantOutcome(answers, 0, 199, LatencyStats.Of([5.0]), Pushes(199, 198, severalIds: 1, p99: 500), null));

        Assert.All(checks, check => Assert.False(check.Met, check.Bar));
    }

    [Fact]
    public void Delivery_misses_on_a_signature_failure_or_a_202_without_a_secret()
    {
        var answers = new Dictionary<string, long> { ["202 awaiting-consent"] = 2 };

        var badSignature = TranscriptRequestsBar.ConsentGrant(new GrantOutcome(answers, 0, 2, LatencyStats.Of([5.0]), Pushes(2, 2, signatureFailures: 1), 1));
        var noSecret = TranscriptRequestsBar.ConsentGrant(new GrantOutcome(answers, 1, 2, LatencyStats.Of([5.0]), Pushes(2, 2), 1));

        Assert.False(badSignature[2].Met);
        Assert.False(noSecret[2].Met);
    }

    [Fact]
    public void Across_a_kill_every_accepted_request_must_end_where_it_should()
    {
        var final = new Dictionary<string, long>
        {
            [$"{KillPhase.Consented}: issued"] = 10,
            [$"{KillPhase.WithoutConsent}: awaiting-consent"] = 9,
            [$"{KillPhase.WithoutConsent}: http-404"] = 1,
        };
        var wrong = KillPhase.WrongFinal(final);

        var checks = TranscriptRequestsBar.AcrossKill(
            new KillOutcome(new Dictionary<string, long>(), 12, 20, final, wrong, 0, Pushes(10, 10), null, 2));

        Assert.Equal(1, wrong);
        Assert.False(checks[0].Met);
        Assert.True(checks[1].Met);
    }
}
