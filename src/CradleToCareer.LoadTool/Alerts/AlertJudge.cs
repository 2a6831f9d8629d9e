using System.Net;
using CradleToCareer.LoadTool.Webhooks;

namespace CradleToCareer.LoadTool.Alerts;

/// <summary>
/// The alerts run's view of each webhook: its signature is checked with the subscription's secret and its body read and
/// recorded in the tally, then it is answered 200. A wrong signature is answered 401 and a signed body that is not an
/// alert 400, as a real receiver would; both are counted and neither counts as an arrival.
/// </summary>
public sealed class AlertJudge(AlertTally tally) : IWebhookJudge
{
    public const string Path = "alerts";

    private SignatureCheck? _check;

    /// <summary>The subscription's secret, known once the subscription exists; until then every request fails the check.</summary>
    public void Verify(SignatureCheck check) => Volatile.Write(ref _check, check);

    public Task<int> JudgeAsync(ReceivedWebhook webhook)
    {
        if (Volatile.Read(ref _check) is not { } check || !webhook.IsSignedWith(check))
        {
            tally.SignatureFailed();
            return Task.FromResult((int)HttpStatusCode.Unauthorized);
        }
        if (AlertBody.TryRead(webhook.Body) is not { } alert || alert.Id != webhook.Id)
        {
            tally.Malformed();
            return Task.FromResult((int)HttpStatusCode.BadRequest);
        }
        tally.Delivered(alert.Id, alert.Type, new MilestoneKey(alert.PersonId, alert.MilestoneId), webhook.Arrival);
        return Task.FromResult((int)HttpStatusCode.OK);
    }
}
