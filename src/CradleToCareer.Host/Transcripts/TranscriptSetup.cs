using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Host.Access;
using CradleToCareer.Application.Access.Signing;
using CradleToCareer.Application.Transcripts;

namespace CradleToCareer.Host.Transcripts;

/// <summary>The transcript archive, the transcript signing keys and the issuer name.</summary>
public static class TranscriptSetup
{
    public static void AddTranscripts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TranscriptOptions>().BindConfiguration(TranscriptOptions.Section).ValidateOnStart();
        services.AddSingleton(provider =>
        {
            var options = provider.OptionsValue<TranscriptOptions>();
            return new TranscriptSettings(
                options.Issuer is { Length: > 0 } issuer ? issuer : provider.GetRequiredService<AccessSettings>().Issuer,
                string.IsNullOrWhiteSpace(options.IssuerName) ? TranscriptOptions.DefaultIssuerName : options.IssuerName.Trim());
        });
        services.AddSingleton(provider => new TranscriptSigner(SigningKeyRing.ForTranscripts(
            provider.GetRequiredKeyedService<ISigningKeyStore>(SigningKeyTable.Transcripts), provider.GetRequiredService<TimeProvider>())));

        services.AddHostedService<TranscriptKeysStartup>();
    }

    /// <summary>Loads the transcript keys, or makes the first, before the API answers.</summary>
    private sealed class TranscriptKeysStartup(TranscriptSigner signer) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => signer.Keys.InitializeAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
