using Microsoft.Extensions.DependencyInjection;

namespace CradleToCareer.Application.Consents;

/// <summary>Registers the consent use cases; <see cref="IConsentBook"/> comes from the grains.</summary>
public static class ConsentServices
{
    public static IServiceCollection AddConsents(this IServiceCollection services)
    {
        services.AddSingleton<GrantConsent>();
        services.AddSingleton<RevokeConsent>();
        services.AddSingleton<ListStudentConsents>();
        services.AddSingleton<ListGrantedConsents>();
        return services;
    }
}
