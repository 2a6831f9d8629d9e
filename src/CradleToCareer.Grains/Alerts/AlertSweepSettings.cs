namespace CradleToCareer.Grains.Alerts;

/// <summary>
/// How the alert sweep walks the event log: every <paramref name="Interval"/> (C2C:Alerts:SweepIntervalSeconds,
/// default 15), over events accepted at least <paramref name="SettleTime"/> ago (C2C:Alerts:SweepSettleSeconds,
/// default 30), which the grains have had every chance to raise alerts for themselves.
/// </summary>
public sealed record AlertSweepSettings(TimeSpan Interval, TimeSpan SettleTime)
{
    public static AlertSweepSettings Default { get; } = new(TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30));

    /// <summary>
    /// The most events one round of a sweep walks before it asks their persons and moves the cursor. A sweep takes as
    /// many rounds as it needs to reach the settled events' end; rounds bound what a restart walks again and what
    /// the sweep holds in memory.
    /// </summary>
    public int EventsPerRound { get; init; } = 100_000;
}
