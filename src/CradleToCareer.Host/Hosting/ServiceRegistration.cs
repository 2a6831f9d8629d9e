using CradleToCareer.Grains;
using CradleToCareer.Host.Sessions;
using CradleToCareer.Host.Pages;
using CradleToCareer.Host.Research;
using CradleToCareer.Host.Hosting.OpenApi;
using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Host.Hosting.Problems;
using CradleToCareer.Host.Hosting.Telemetry;
using System.Security.Cryptography;
using CradleToCareer.Application;
using CradleToCareer.Domain.Matching;
using CradleToCareer.Grains.Matching;
using CradleToCareer.Grains.Ports;
using CradleToCareer.Host.Access;
using CradleToCareer.Host.Alerts;
using CradleToCareer.Host.Exchange;
using CradleToCareer.Host.Imports;
using CradleToCareer.Host.Ingest;
using CradleToCareer.Host.Transcripts;
using CradleToCareer.Application.Identity;
using CradleToCareer.Storage.InMemory;
using CradleToCareer.Storage.Postgres;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Hosting;

/// <summary>Wires the host: settings, storage mode, the silo, ingest and the API's plumbing.</summary>
public static class ServiceRegistration
{
    public static ServiceSettings AddCradleToCareer(this WebApplicationBuilder builder)
    {
        var settings = ServiceSettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddValidatedOptions<SiloOptions, SiloOptionsValidator>(SiloOptions.Section);
        builder.Services.AddOptions<MigrationOptions>().BindConfiguration(MigrationOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        IdentityTokenKey.Register(builder.Services);
        builder.Services.AddSingleton<NdjsonIngest>();
        AddStorage(builder.Services, settings);
        builder.Services.AddApplication();
        builder.Services.AddGrainPorts();
        builder.Services.AddSingleton<SiloEventRate>();
        builder.Services.AddResearchPseudonyms();
        AddIdentityMatching(builder.Services, builder.Configuration);

        builder.AddAccessControl();
        builder.AddTranscripts();
        builder.AddAlerts();
        builder.AddTranscriptExchange();
        builder.UseOrleans(silo => OrleansSetup.ConfigureSilo(silo, settings));
        builder.AddTelemetry();
        builder.Services.AddHostedService<StartupReport>();
        builder.Services.AddHostedService<SweepStarter>();
        builder.AddImportJobs();
        WatchdogStartNoise.Quiet(builder);

        builder.Services.AddDetailedProblems();
        builder.Services.AddExceptionHandler<ServiceUnavailableHandler>();
        builder.Services.AddPerClientRateLimits();
        builder.Services.AddRequestLimits();
        builder.Services.AddForwardedAddresses();
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(OpenApiSetup.Configure);
        // The pages are found in this assembly even when another one starts the host (the tests do).
        builder.Services.AddRazorPages(options => PagePolicies.Apply(options.Conventions))
            .AddApplicationPart(typeof(ServiceRegistration).Assembly);
        builder.AddWebSessions(durable: settings.PostgresConnectionString is not null);
        builder.AddExternalSignIn();
        builder.Services.AddSingleton<PageAssets>();
        return settings;
    }

    /// <summary>The one backend every port lives on: PostgreSQL when a connection string is configured, else memory.</summary>
    private static void AddStorage(IServiceCollection services, ServiceSettings settings)
    {
        if (settings.PostgresConnectionString is { } connectionString)
        {
            services.AddOptions<DatabasePoolOptions>().BindConfiguration(DatabasePoolOptions.Section).ValidateDataAnnotations().ValidateOnStart();
            services.AddPostgresStorage(
                provider => provider.GetRequiredService<IOptions<DatabasePoolOptions>>().Value.ForService(connectionString),
                provider => provider.GetRequiredService<AccessSettings>().KeyEncryptionKey);
        }
        else
        {
            services.AddInMemoryStorage();
        }
    }

    /// <summary>
    /// Probabilistic matching of records whose identifiers are all new (on unless
    /// <c>C2C:Identity:Matching:Enabled</c> is false). Its key is derived from the identity token key.
    /// </summary>
    private static void AddIdentityMatching(IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<MatchingOptions, MatchingOptionsValidator>(MatchingOptions.Section);
        services.AddSingleton(provider => provider.OptionsValue<MatchingOptions>().ToSettings());
        services.AddSingleton(provider =>
            new MatchEncoder(HMACSHA256.HashData(provider.GetRequiredService<IdentityTokenKey>().Key, "c2c identity matching"u8)));
        services.AddSingleton<FingerprintInterning>();
        services.AddSingleton<BlockLoader>();
        if ((configuration.GetSection(MatchingOptions.Section).Get<MatchingOptions>() ?? new MatchingOptions()).Matching.Enabled)
        {
            services.AddSingleton<IRecordMatcher, BlockingIndexMatcher>();
        }
        else
        {
            services.AddSingleton<IRecordMatcher, DeterministicOnly>();
        }
    }
}
