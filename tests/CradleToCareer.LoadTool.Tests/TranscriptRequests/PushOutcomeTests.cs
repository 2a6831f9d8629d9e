using System.Diagnostics;
using CradleToCareer.LoadTool.TranscriptRequests;

namespace CradleToCareer.LoadTool.Tests.TranscriptRequests;

public sealed class PushOutcomeTests
{
    private static long Ms(double milliseconds) => (long)(milliseconds * Stopwatch.Frequency / 1_000);

    [Fact]
    public void Owed_issued_pushes_are_joined_with_their_first_arrival_whenever_either_came()
    {
        var tally = new PushTally();
        tally.Delivered("msg_1", new StatusChange("tr_1", "issued"), Ms(140));
        tally.OweIssued("tr_1", Ms(100));
        tally.OweIssued("tr_2", Ms(100));
        tally.Delivered("msg_2", new StatusChange("tr_2", "issued"), Ms(300));
        tally.Delivered("msg_2", new StatusChange("tr_2", "issued"), Ms(900));
        tally.OweIssued("tr_3", Ms(100));

        var outcome = PushOutcome.From(tally.Snapshot());

        Assert.Equal((3, 2, 1), (outcome.Owed, outcome.Received, outcome.Lost));
        Assert.Equal((2, 40.0, 200.0), (outcome.IssuedLatency.Count, Math.Round(outcome.IssuedLatency.P50), Math.Round(outcome.IssuedLatency.Max)));
        Assert.Equal((2, 3L), outcome.ByStatus["issued"]);
        Assert.Equal((1L, 3L), (outcome.Redeliveries, outcome.Deliveries));
        Assert.Equal((3, 2), tally.Progress());
    }

    [Fact]
    public void A_status_change_under_two_webhook_ids_is_a_duplicate_but_a_retry_under_one_id_is_not()
    {
        var tally = new PushTally();
        tally.Delivered("msg_a", new StatusChange("tr_1", "awaiting-consent"), Ms(10));
        tally.Delivered("msg_a", new StatusChange("tr_1", "awaiting-consent"), Ms(20));
        tally.Delivered("msg_b", new StatusChange("tr_1", "issued"), Ms(30));
        tally.Delivered("msg_c", new StatusChange("tr_1", "issued"), Ms(40));

        var outcome = PushOutcome.From(tally.Snapshot());

        Assert.Equal(1, outcome.ChangesUnderSeveralIds);
        Assert.Equal(1, outcome.Redeliveries);
        Assert.Equal((1, 2L), outcome.ByStatus["awaiting-consent"]);
        Assert.Equal((1, 2L), outcome.ByStatus["issued"]);
    }

    [Fact]
    public void Failures_are_counted_apart_from_deliveries()
    {
        var tally = new PushTally();
        tally.SignatureFailed();
        tally.Malformed();
        tally.UnknownRequest();
        tally.UnknownRequest();

        var outcome = PushOutcome.From(tally.Snapshot());

        Assert.Equal((1L, 1L, 2L, 0L), (outcome.SignatureFailures, outcome.Malformed, outcome.UnknownRequests, outcome.Deliveries));
        Assert.Empty(outcome.ByStatus);
    }
}
