using CradleToCareer.Storage.Postgres.Migrations;

namespace CradleToCareer.Host.Hosting;

/// <summary><c>-- migrate</c>: applies the versioned SQL migrations to ConnectionStrings:Postgres and exits.</summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(args);
        using var host = builder.Build();
        var logger = host.Services.GetRequiredService<ILogger<DatabaseMigrator>>();
        var connectionString = builder.Configuration.GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            logger.LogError("migrate needs a database: set ConnectionStrings__Postgres");
            return 2;
        }

        await new DatabaseMigrator(connectionString, logger).MigrateAsync(CancellationToken.None);
        return 0;
    }
}
