using System.Net;
using CradleToCareer.LoadTool.Webhooks;

namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>
/// The run's view of each push: a body that is not a <c>c2c.transcript.request.updated</c> CloudEvent with a request id
/// and a status is answered 400; a push about a request whose secret does not come within <see cref="SecretWait"/>,
/// or whose signature fails, 401; every other push is recorded under its webhook id and answered 200. Only 200 counts
/// as an arrival.
/// </summary>
public sealed class PushJudge(PushTally tally, PushSecrets secrets) : IWebhookJudge
{
    public const string Path = "transcript-requests";

    public static readonly TimeSpan SecretWait = TimeSpan.FromSeconds(5);

    public async Task<int> JudgeAsync(ReceivedWebhook webhook)
    {
        if (PushBody.TryRead(webhook.Body) is not { Type: PushBody.RequestUpdated } push)
        {
            tally.Malformed();
            return (int)HttpStatusCode.BadRequest;
        }
        if (await secrets.WaitAsync(push.RequestId, SecretWait) is not { } check)
        {
            tally.UnknownRequest();
            return (int)HttpStatusCode.Unauthorized;
        }
        if (webhook.Id is not { } webhookId || !webhook.IsSignedWith(check))
        {
            tally.SignatureFailed();
            return (int)HttpStatusCode.Unauthorized;
        }
        tally.Delivered(webhookId, new StatusChange(push.RequestId, push.Status), webhook.Arrival);
        return (int)HttpStatusCode.OK;
    }
}
