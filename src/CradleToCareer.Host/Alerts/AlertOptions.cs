using CradleToCareer.Grains.Alerts;

namespace CradleToCareer.Host.Alerts;

/// <summary>
/// The alert sweep (<c>C2C:Alerts</c>): how often it walks the event log for alerts a crashed grain did not raise
/// (<see cref="SweepIntervalSeconds"/>, default 15), and how old an event must be first (<see cref="SweepSettleSeconds"/>, default 30).
/// </summary>
public sealed class AlertOptions
{
    public const string Section = "C2C:Alerts";

    public double SweepIntervalSeconds { get; set; } = AlertSweepSettings.Default.Interval.TotalSeconds;

    public double SweepSettleSeconds { get; set; } = AlertSweepSettings.Default.SettleTime.TotalSeconds;

    public AlertSweepSettings ToSweepSettings() =>
        new(TimeSpan.FromSeconds(SweepIntervalSeconds), TimeSpan.FromSeconds(SweepSettleSeconds));
}
