using CradleToCareer.Host.Access;
using CradleToCareer.Storage.Alerts;

namespace CradleToCareer.Host.Alerts;

/// <summary>Webhook subscriptions: their settings and the sealing of their secrets.</summary>
public static class AlertsSetup
{
    public static void AddAlerts(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(WebhookSettings.From(builder.Configuration));
        builder.Services.AddSingleton(provider => new WebhookSecretSealer(provider.GetRequiredService<AccessSettings>().KeyEncryptionKey));
    }
}
