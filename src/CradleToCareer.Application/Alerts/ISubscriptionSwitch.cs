namespace CradleToCareer.Application.Alerts;

/// <summary>Turns a webhook subscription off for good when its receiver says it is gone.</summary>
public interface ISubscriptionSwitch
{
    Task DisableAsync(string subscriptionId);
}
