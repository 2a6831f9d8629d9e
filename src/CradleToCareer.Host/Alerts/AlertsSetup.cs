using CradleToCareer.Grains.Alerts;
using CradleToCareer.Host.Access;
using CradleToCareer.Host.Hosting;
using CradleToCareer.Application.Alerts;

namespace CradleToCareer.Host.Alerts;

/// <summary>
/// Milestone alerts: where they are recorded and queued (PostgreSQL, or memory in the embedded default), the
/// webhook sender and dispatcher, the alert sweep (<see cref="AlertSweepSettings"/>), and the links alerts carry
/// (C2C:PublicBaseUrl).
/// </summary>
public static class AlertsSetup
{
    public static void AddAlerts(this WebApplicationBuilder builder)
    {
        var webhooks = WebhookSettings.From(builder.Configuration);
        builder.Services.AddSingleton(webhooks);
        builder.Services.AddSingleton(new AlertLinks(PublicBaseUrl(builder.Configuration)));
        builder.Services.AddSingleton(SweepSettings(builder.Configuration));
        builder.Services.AddSingleton(provider => new WebhookSecretSealer(provider.GetRequiredService<AccessSettings>().KeyEncryptionKey));

        builder.Services.AddHttpClient<IWebhookSender, WebhookSender>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => WebhookSender.CreateHandler(webhooks));
        builder.Services.AddHostedService<WebhookDispatcher>();
        builder.Services.AddHostedService<AlertSweepStarter>();
    }

    private static AlertSweepSettings SweepSettings(IConfiguration configuration) => new(
        TimeSpan.FromSeconds(configuration.GetValue("C2C:Alerts:SweepIntervalSeconds", AlertSweepSettings.Default.Interval.TotalSeconds)),
        TimeSpan.FromSeconds(configuration.GetValue("C2C:Alerts:SweepSettleSeconds", AlertSweepSettings.Default.SettleTime.TotalSeconds)));

    /// <summary>Where alert receivers reach this service (C2C:PublicBaseUrl; default the service's own default URL).</summary>
    private static Uri PublicBaseUrl(IConfiguration configuration)
    {
        var configured = configuration["C2C:PublicBaseUrl"] is { Length: > 0 } value ? value : ServiceSettings.DefaultUrl;
        if (!Uri.TryCreate(configured.EndsWith('/') ? configured : configured + "/", UriKind.Absolute, out var url)
            || url.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException("C2C:PublicBaseUrl must be an absolute http or https URL, such as https://c2c.example.gov/.");
        }

        return url;
    }
}
