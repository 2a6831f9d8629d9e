using Orleans.Concurrency;

namespace CradleToCareer.Abstractions;

/// <summary>One grain per research extract id: runs the extract's job, at most once at a time in the cluster.</summary>
public interface IResearchExtractGrain : IGrainWithStringKey
{
    /// <summary>
    /// Takes the job on and returns at once; harmless while it runs or after it finished. It only sets the job going,
    /// so it interleaves with the running job.
    /// </summary>
    [AlwaysInterleave]
    Task StartAsync();
}
