using CradleToCareer.Host.Sessions;
using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Host.Hosting;
using CradleToCareer.Host.Hosting.Problems;
using CradleToCareer.Host.Hosting.Telemetry;
using CradleToCareer.Host.Pages;
using CradleToCareer.Storage.Postgres;
using CradleToCareer.Storage.Postgres.Migrations;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host;

/// <summary>
/// Builds and runs the host: <c>--help</c> prints the usage, <c>migrate</c> applies the database migrations and
/// exits, <c>health</c> asks a running host whether it is live, <c>run</c> or no command serves; an unknown command
/// gets the usage on stderr and exit code 2.
/// </summary>
public static class ServiceHost
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        switch (args)
        {
            case var _ when args.Any(arg => arg is "--help" or "-h"):
                await output.WriteAsync(Usage.Text);
                return 0;
            case ["migrate", ..]:
                return await MigrateCommand.RunAsync(args[1..]);
            case ["health", ..]:
                return await HealthCommand.RunAsync(args[1..], output, errors);
            case ["run", ..]:
                return await ServeAsync(args[1..]);
            case [var command, ..] when IsCommand(command):
                await errors.WriteAsync($"Unknown command '{command}'.\n\n{Usage.Text}");
                return 2;
            default:
                return await ServeAsync(args);
        }
    }

    private static async Task<int> ServeAsync(string[] args)
    {
        await using var app = await CreateAsync(args);
        await app.RunAsync();
        return 0;
    }

    /// <summary>A word, not a configuration switch (<c>--Key=value</c>, <c>/Key value</c>) or a <c>Key=value</c> pair.</summary>
    private static bool IsCommand(string arg) => !arg.StartsWith('-') && !arg.StartsWith('/') && !arg.Contains('=');

    /// <summary>
    /// A ready-to-start application, migrated first when configured so. <paramref name="replaceServices"/> runs after
    /// every service is registered, for tests that stand in a part (such as the webhook host resolver).
    /// </summary>
    public static async Task<WebApplication> CreateAsync(string[] args, Action<IServiceCollection>? replaceServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(ServiceSettings.DefaultUrl);
        }

        var settings = builder.AddCradleToCareer();
        replaceServices?.Invoke(builder.Services);
        var app = builder.Build();
        // The checks the host runs at start, run before the database is touched: every bad value is named at once.
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        if (settings.PostgresConnectionString is { } connectionString && app.Services.OptionsValue<MigrationOptions>().MigrateOnStart)
        {
            var pools = app.Services.GetRequiredService<IOptions<DatabasePoolOptions>>().Value;
            var migrator = new DatabaseMigrator(pools.ForOrleans(connectionString), app.Services.GetRequiredService<ILogger<DatabaseMigrator>>());
            await migrator.MigrateAsync(CancellationToken.None);
        }

        Configure(app);
        return app;
    }

    private static void Configure(WebApplication app)
    {
        app.UseForwardedAddresses();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestLimitsMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<SessionPages>();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<PlainTextMiddleware>();
        app.UseSwagger();
        app.UseSwaggerUI();
        app.MapServiceApi();
        app.MapServicePages();
        app.MapOrleansDashboardForAdmins();
    }
}
