using System.Text;
using CradleToCareer.LoadTool.TranscriptRequests;
using CradleToCareer.LoadTool.Webhooks;

namespace CradleToCareer.LoadTool.Tests.TranscriptRequests;

public sealed class PushJudgeTests
{
    private const string Secret = "whsec_c2VjcmV0LWtleS1mb3ItdGVzdHM=";

    private static byte[] Body(string requestId, string status, string type = PushBody.RequestUpdated) => Encoding.UTF8.GetBytes(
        $$$"""{"specversion":"1.0","type":"{{{type}}}","source":"c2c","id":"evt_1","data":{"requestId":"{{{requestId}}}","status":"{{{status}}}"}}""");

    private static ReceivedWebhook Signed(string webhookId, byte[] body, string secret = Secret)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var signature = "v1," + Convert.ToBase64String(SignatureCheck.Mac(key, webhookId, "1700000000", body));
        return new ReceivedWebhook(webhookId, "1700000000", signature, body, 42);
    }

    private static (PushJudge Judge, PushTally Tally) Judge()
    {
        var tally = new PushTally();
        var secrets = new PushSecrets();
        secrets.Known("tr_1", SignatureCheck.FromSecret(Secret));
        return (new PushJudge(tally, secrets), tally);
    }

    [Fact]
    public async Task A_push_signed_with_its_requests_secret_is_acknowledged_and_recorded()
    {
        var (judge, tally) = Judge();

        var status = await judge.JudgeAsync(Signed("msg_1", Body("tr_1", "issued")));

        Assert.Equal(200, status);
        var delivery = Assert.Single(tally.Snapshot().Deliveries);
        Assert.Equal(("msg_1", new StatusChange("tr_1", "issued"), 42L), (delivery.Key, delivery.Value.Change, delivery.Value.FirstArrival));
    }

    [Fact]
    public async Task A_push_signed_with_another_secret_is_refused_and_counted()
    {
        var (judge, tally) = Judge();

        var status = await judge.JudgeAsync(Signed("msg_1", Body("tr_1", "issued"), "whsec_b3RoZXIta2V5"));

        Assert.Equal(401, status);
        Assert.Equal(1, tally.SignatureFailures);
        Assert.Empty(tally.Snapshot().Deliveries);
    }

    [Fact]
    public async Task A_body_of_another_event_type_is_refused_as_malformed()
    {
        var (judge, tally) = Judge();

        var status = await judge.JudgeAsync(Signed("msg_1", Body("tr_1", "issued", "c2c.alert.milestone.reached")));

        Assert.Equal(400, status);
        Assert.Equal(1, tally.Snapshot().Malformed);
    }

    [Fact]
    public async Task The_judge_waits_for_a_secret_that_comes_after_the_push()
    {
        var tally = new PushTally();
        var secrets = new PushSecrets();
        var judging = new PushJudge(tally, secrets).JudgeAsync(Signed("msg_1", Body("tr_9", "awaiting-consent")));

        secrets.Known("tr_9", SignatureCheck.FromSecret(Secret));

        Assert.Equal(200, await judging);
    }
}
