using Orleans.Concurrency;

namespace CradleToCareer.Abstractions;

/// <summary>
/// The cluster's one alert sweep (key 0): walks the event log behind ingest and asks each person's grain to raise the
/// alerts its events call for, so events whose grain went down before raising them still get their alerts.
/// </summary>
public interface IAlertSweepGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Makes sure the sweep runs (every silo calls this at start; a reminder revives it after a crash). It only activates
    /// the grain, so it is answered while a sweep is walking: a sweep goes on until it has reached the settled events,
    /// which after an outage may take minutes, and a silo starting meanwhile must not wait for it.
    /// </summary>
    [AlwaysInterleave]
    Task StartAsync();

    /// <summary>Sweeps once now, up to the log's settled end; returns the sequence number the sweep has reached.</summary>
    Task<long> SweepAsync();
}
