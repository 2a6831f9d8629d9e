namespace CradleToCareer.Application.Research;

/// <summary>
/// Runs extract jobs in the background (the host or grain layer implements it, running
/// <see cref="RunResearchExtract.RunAsync"/>). Starting returns once the job is taken on, not when it is done. Starting
/// an extract whose job is already running, or finished, must be harmless: a request may start it and a restart
/// start it again from <see cref="IResearchExtractStore.UnfinishedAsync"/>, and the store's attempts keep a stale job
/// from mixing rows into the file of a newer one.
/// </summary>
public interface IExtractJobs
{
    Task StartAsync(string extractId, CancellationToken cancellationToken);
}
