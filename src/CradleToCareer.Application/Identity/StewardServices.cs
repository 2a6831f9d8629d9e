using Microsoft.Extensions.DependencyInjection;

namespace CradleToCareer.Application.Identity;

/// <summary>Registers the identity steward's use cases.</summary>
public static class StewardServices
{
    public static IServiceCollection AddStewardship(this IServiceCollection services)
    {
        services.AddSingleton<ListReviews>();
        services.AddSingleton<DismissReview>();
        services.AddSingleton<MergePersons>();
        services.AddSingleton<UndoMerge>();
        services.AddSingleton<ListMerges>();
        return services;
    }
}
