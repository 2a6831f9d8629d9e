using CradleToCareer.Domain.Research;
using Microsoft.Extensions.DependencyInjection;

namespace CradleToCareer.Application.Research;

/// <summary>
/// Registers the research project and extract use cases and the extract job. From the host come the stores
/// (<see cref="IResearchProjectStore"/>, <see cref="IResearchExtractStore"/>), the <see cref="ICohortMemberSource"/>,
/// the <see cref="IExtractJobs"/> runner, and <see cref="ResearchPseudonyms"/> with the service's key.
/// </summary>
public static class ResearchServices
{
    public static IServiceCollection AddResearch(this IServiceCollection services)
    {
        services.AddSingleton<ApproveResearchProject>();
        services.AddSingleton<ListResearchProjects>();
        services.AddSingleton<ReadResearchProject>();
        services.AddSingleton<RequestResearchExtract>();
        services.AddSingleton<ReadResearchExtract>();
        services.AddSingleton<DownloadResearchExtract>();
        services.AddSingleton<RunResearchExtract>();
        return services;
    }
}
