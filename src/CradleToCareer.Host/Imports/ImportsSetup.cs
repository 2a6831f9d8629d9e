using CradleToCareer.Application.Imports;
using CradleToCareer.Host.Access;
using CradleToCareer.Host.Hosting.Settings;

namespace CradleToCareer.Host.Imports;

/// <summary>The import jobs' settings, the sealing of their stored lines, and this silo's worker.</summary>
public static class ImportsSetup
{
    public static void AddImportJobs(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<ImportOptions, ImportOptionsValidator>(ImportOptions.Section);
        builder.Services.AddSingleton(provider => new ImportLineSealer(provider.GetRequiredService<AccessSettings>().KeyEncryptionKey));
        builder.Services.AddHostedService<ImportWorker>();
    }
}
