namespace CradleToCareer.Grains.Alerts;

/// <summary>
/// How the alert sweep walks the event log: every <paramref name="Interval"/> (C2C:Alerts:SweepIntervalSeconds,
/// default 5), over events accepted at least <paramref name="SettleTime"/> ago (C2C:Alerts:SweepSettleSeconds,
/// default 10), which the grains have had every chance to raise alerts for themselves.
/// </summary>
public sealed record AlertSweepSettings(TimeSpan Interval, TimeSpan SettleTime)
{
    public static AlertSweepSettings Default { get; } = new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));
}
