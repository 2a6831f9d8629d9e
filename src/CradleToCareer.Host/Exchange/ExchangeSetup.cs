using CradleToCareer.Application.Exchange;
using CradleToCareer.Host.Alerts;
using CradleToCareer.Host.Hosting.Settings;

namespace CradleToCareer.Host.Exchange;

/// <summary>Transcript requests: reading their bodies, the links they carry, and the dispatcher of their pushes.</summary>
public static class ExchangeSetup
{
    public static void AddTranscriptExchange(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<TranscriptRequestBody>();
        services.AddSingleton(provider => new TranscriptLinks(provider.OptionsValue<PublicAddressOptions>().BaseUrl()));
        services.AddSingleton<IWebhookOutbox<DuePush>, TranscriptPushOutbox>();
        services.AddHostedService<WebhookDispatcher<DuePush>>();
    }
}
