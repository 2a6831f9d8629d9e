using CradleToCareer.Host.Access;
using CradleToCareer.Host.Alerts;
using CradleToCareer.Host.Api;
using CradleToCareer.Host.Hosting;
using CradleToCareer.Host.Transcripts;
using CradleToCareer.Storage.Migrations;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host;

/// <summary>Builds and runs the host: <c>migrate</c> applies the database migrations and exits; anything else serves.</summary>
public static class ServiceHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["migrate", ..])
        {
            return await MigrateCommand.RunAsync(args[1..]);
        }

        await using var app = await CreateAsync(args);
        await app.RunAsync();
        return 0;
    }

    /// <summary>A ready-to-start application, migrated first when configured so.</summary>
    public static async Task<WebApplication> CreateAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(ServiceSettings.DefaultUrl);
        }

        var settings = builder.AddCradleToCareer();
        var app = builder.Build();
        if (settings is { PostgresConnectionString: { } connectionString, MigrateOnStart: true })
        {
            var pools = app.Services.GetRequiredService<IOptions<DatabasePoolOptions>>().Value;
            var migrator = new DatabaseMigrator(pools.ForOrleans(connectionString), app.Services.GetRequiredService<ILogger<DatabaseMigrator>>());
            await migrator.MigrateAsync(CancellationToken.None);
        }

        Configure(app, settings);
        return app;
    }

    private static void Configure(WebApplication app, ServiceSettings settings)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseSwagger();
        app.UseSwaggerUI();
        app.MapHealthApi();
        app.MapTokenApi();
        app.MapOrganizationsApi();
        app.MapSigningKeysApi();
        app.MapMeApi();
        app.MapEventsApi();
        app.MapStudentsApi();
        app.MapProgressApi();
        app.MapTranscriptsApi();
        app.MapTranscriptKeysApi();
        app.MapSubscriptionsApi();
        app.MapAlertStreamApi();
        app.MapConsentsApi();
        app.MapResolveApi();
        app.MapDisclosuresApi();
        app.MapInstitutionsApi();
        app.MapIdentityApi();
    }
}
