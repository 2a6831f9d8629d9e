namespace CradleToCareer.Abstractions;

/// <summary>
/// The cluster's one research extract sweep (key 0): every minute it starts the job of every extract still queued or
/// running, so an extract whose silo went down is made again from the start.
/// </summary>
public interface IResearchExtractSweepGrain : IGrainWithIntegerKey
{
    /// <summary>Makes sure the sweep runs (every silo calls this at start; a reminder revives it after a crash).</summary>
    Task StartAsync();
}
