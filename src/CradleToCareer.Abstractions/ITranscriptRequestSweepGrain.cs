namespace CradleToCareer.Abstractions;

/// <summary>
/// The cluster's one transcript request sweep (key 0): tries again requests left received, fails the ones that stay so,
/// expires the ones that waited thirty days for consent, and now and then tries every waiting request again.
/// </summary>
public interface ITranscriptRequestSweepGrain : IGrainWithIntegerKey
{
    /// <summary>Makes sure the sweep runs (every silo calls this at start; a reminder revives it after a crash).</summary>
    Task StartAsync();

    /// <summary>Sweeps once now; with <paramref name="recheckWaiting"/> every waiting request is tried again too.</summary>
    Task SweepAsync(bool recheckWaiting);
}
