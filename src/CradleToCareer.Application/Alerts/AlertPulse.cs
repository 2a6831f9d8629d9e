namespace CradleToCareer.Application.Alerts;

/// <summary>Wakes this process's webhook dispatcher and live streams the moment an alert is recorded here.</summary>
public sealed class AlertPulse : Pulse;
