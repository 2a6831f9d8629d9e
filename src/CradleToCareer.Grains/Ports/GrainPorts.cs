using CradleToCareer.Application.Alerts;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Application.Consents;
using CradleToCareer.Application.Research;
using CradleToCareer.Application.Students;
using CradleToCareer.Application.Views;
using Microsoft.Extensions.DependencyInjection;

namespace CradleToCareer.Grains.Ports;

/// <summary>Registers the application's ports that grains serve.</summary>
public static class GrainPorts
{
    public static IServiceCollection AddGrainPorts(this IServiceCollection services)
    {
        services.AddSingleton<IStudentRecords, GrainStudentRecords>();
        services.AddSingleton<ISubscriptionSwitch, GrainSubscriptionSwitch>();
        services.AddSingleton<IEventFanOut, StreamEventFanOut>();
        services.AddSingleton<IConsentBook, GrainConsentBook>();
        services.AddSingleton<IStudentProfiles, GrainStudentProfiles>();
        services.AddSingleton<ICohortMemberSource, GrainCohortMemberSource>();
        services.AddSingleton<IExtractJobs, GrainExtractJobs>();
        services.AddSingleton<IProfileChanges, GrainProfileChanges>();
        return services;
    }
}
