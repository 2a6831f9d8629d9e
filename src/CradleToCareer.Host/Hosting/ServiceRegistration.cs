using CradleToCareer.Domain.Identity;
using CradleToCareer.Host.Access;
using CradleToCareer.Host.Ingest;
using CradleToCareer.Storage.Disclosures;
using CradleToCareer.Storage.EventLog;
using Npgsql;

namespace CradleToCareer.Host.Hosting;

/// <summary>Wires the host: settings, storage mode, the silo, ingest and the API's plumbing.</summary>
public static class ServiceRegistration
{
    public static ServiceSettings AddCradleToCareer(this WebApplicationBuilder builder)
    {
        var settings = ServiceSettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new KeyedTokenizer(settings.TokenKey));
        builder.Services.AddSingleton<IngestService>();
        builder.Services.AddSingleton<NdjsonIngest>();
        AddEventLog(builder.Services, settings);

        builder.AddAccessControl(settings);
        builder.UseOrleans(silo => OrleansSetup.ConfigureSilo(silo, settings));
        builder.Services.AddHostedService<StartupReport>();

        builder.Services.AddDetailedProblems();
        builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
        builder.Services.AddPerClientRateLimits(builder.Configuration);
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(OpenApiSetup.Configure);
        return settings;
    }

    private static void AddEventLog(IServiceCollection services, ServiceSettings settings)
    {
        if (settings.PostgresConnectionString is { } connectionString)
        {
            services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
            services.AddSingleton<IEventLog, PostgresEventLog>();
            services.AddSingleton<IDisclosureRecord, PostgresDisclosureRecord>();
        }
        else
        {
            services.AddSingleton<IEventLog, InMemoryEventLog>();
            services.AddSingleton<IDisclosureRecord, InMemoryDisclosureRecord>();
        }
    }
}
