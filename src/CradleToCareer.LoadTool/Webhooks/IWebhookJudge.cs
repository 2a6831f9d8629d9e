namespace CradleToCareer.LoadTool.Webhooks;

/// <summary>What a run makes of each webhook its receiver gets: it records the delivery and picks the HTTP status of the answer.</summary>
public interface IWebhookJudge
{
    /// <summary>The status to answer with: 2xx acknowledges the delivery, anything else asks the sender to retry it.</summary>
    Task<int> JudgeAsync(ReceivedWebhook webhook);
}
