using CradleToCareer.Host.Access;
using CradleToCareer.Host.Hosting;
using CradleToCareer.Storage.Access.Signing;
using CradleToCareer.Storage.Transcripts;
using Npgsql;

namespace CradleToCareer.Host.Transcripts;

/// <summary>The transcript archive, the transcript signing keys and the issuer name.</summary>
public static class TranscriptSetup
{
    public static void AddTranscripts(this WebApplicationBuilder builder, ServiceSettings settings)
    {
        var services = builder.Services;
        services.AddSingleton(provider => TranscriptSettings.From(builder.Configuration, provider.GetRequiredService<AccessSettings>().Issuer));
        if (settings.IsEmbedded)
        {
            services.AddSingleton<ITranscriptArchive, InMemoryTranscriptArchive>();
            services.AddSingleton(provider => new TranscriptSigner(
                SigningKeyRing.ForTranscripts(new InMemorySigningKeyStore(), provider.GetRequiredService<TimeProvider>())));
        }
        else
        {
            services.AddSingleton<ITranscriptArchive, PostgresTranscriptArchive>();
            services.AddSingleton(provider => new TranscriptSigner(SigningKeyRing.ForTranscripts(
                new PostgresSigningKeyStore(
                    provider.GetRequiredService<NpgsqlDataSource>(),
                    provider.GetRequiredService<AccessSettings>().KeyEncryptionKey,
                    SigningKeyTable.Transcripts),
                provider.GetRequiredService<TimeProvider>())));
        }

        services.AddHostedService<TranscriptKeysStartup>();
    }

    /// <summary>Loads the transcript keys, or makes the first, before the API answers.</summary>
    private sealed class TranscriptKeysStartup(TranscriptSigner signer) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => signer.Keys.InitializeAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
