using CradleToCareer.Application.Alerts;

namespace CradleToCareer.Host.Alerts;

/// <summary>Why the sender's connect step gave up before any byte reached the receiver; carries no host and no URL.</summary>
public sealed class WebhookConnectException(WebhookFailure failure, Exception? inner = null)
    : IOException($"The webhook connection was not made: {failure}.", inner)
{
    public WebhookFailure Failure { get; } = failure;
}
