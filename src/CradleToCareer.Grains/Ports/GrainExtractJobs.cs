using CradleToCareer.Abstractions;
using CradleToCareer.Application.Research;

namespace CradleToCareer.Grains.Ports;

/// <summary>Extract jobs run by one grain per extract, so a job runs once in the cluster however often it is started.</summary>
internal sealed class GrainExtractJobs(IGrainFactory grains) : IExtractJobs
{
    public Task StartAsync(string extractId, CancellationToken cancellationToken) =>
        grains.Keyed<IResearchExtractGrain>(extractId).StartAsync();
}
