namespace CradleToCareer.Application.Alerts;

/// <summary>Sends one signed alert to a receiver.</summary>
public interface IWebhookSender
{
    /// <summary>The receiver's status code, or null when it gave no answer (refused, unreachable, timed out).</summary>
    Task<int?> SendAsync(string url, string alertId, byte[] key, byte[] body, CancellationToken cancellationToken);
}
