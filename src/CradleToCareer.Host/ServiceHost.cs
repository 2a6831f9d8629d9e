using CradleToCareer.Host.Hosting;
using CradleToCareer.Storage.Postgres.Migrations;

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
            var migrator = new DatabaseMigrator(connectionString, app.Services.GetRequiredService<ILogger<DatabaseMigrator>>());
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
        app.MapServiceApi();
    }
}
