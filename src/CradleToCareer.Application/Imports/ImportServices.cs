using Microsoft.Extensions.DependencyInjection;

namespace CradleToCareer.Application.Imports;

/// <summary>Registers the import use cases; the <see cref="IImportStore"/> comes from a backend, the worker from the host.</summary>
public static class ImportServices
{
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddSingleton<ImportPulse>();
        services.AddSingleton<ReceiveImport>();
        services.AddSingleton<ReadImports>();
        services.AddSingleton<ImportResults>();
        services.AddSingleton<RunImports>();
        services.AddSingleton<ForgetImports>();
        return services;
    }
}
