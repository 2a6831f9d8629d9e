using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Grains.Alerts;
using CradleToCareer.Host.Access;
using CradleToCareer.Application.Alerts;
using CradleToCareer.Domain.Alerts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CradleToCareer.Host.Alerts;

/// <summary>
/// Milestone alerts: where they are recorded and queued (PostgreSQL, or memory in the embedded default), the
/// webhook sender and dispatcher (<see cref="WebhookOptions"/>), the alert sweep (<see cref="AlertOptions"/>), and the
/// links alerts carry (<see cref="PublicAddressOptions"/>).
/// </summary>
public static class AlertsSetup
{
    public static void AddAlerts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<WebhookOptions, WebhookOptionsValidator>(WebhookOptions.Section);
        services.AddValidatedOptions<PublicAddressOptions, PublicAddressOptionsValidator>(PublicAddressOptions.Section);
        services.AddValidatedOptions<AlertOptions, AlertOptionsValidator>(AlertOptions.Section);
        services.AddSingleton(provider => new AlertLinks(provider.OptionsValue<PublicAddressOptions>().BaseUrl()));
        services.AddSingleton(provider => provider.OptionsValue<AlertOptions>().ToSweepSettings());
        services.AddSingleton(provider => new WebhookSecretSealer(provider.GetRequiredService<AccessSettings>().KeyEncryptionKey));

        services.TryAddSingleton<IWebhookHostResolver, DnsWebhookHostResolver>();

        // The client's own logging is off: it logs every URL (secrets in a path or query too) and a stack trace per
        // failed attempt; DeliverAlert logs one line per attempt instead.
        services.AddHttpClient<IWebhookSender, WebhookSender>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(provider => WebhookSender.CreateHandler(
                provider.OptionsValue<WebhookOptions>(), provider.GetRequiredService<IWebhookHostResolver>()));
        services.AddSingleton<IWebhookOutbox<DueDelivery>, AlertOutbox>();
        services.AddHostedService<WebhookDispatcher<DueDelivery>>();
    }
}
