namespace CradleToCareer.Application.Alerts;

/// <summary>How far the alert sweep has checked the event log: every event up to this sequence number has had its alerts raised.</summary>
public interface IAlertSweepCursor
{
    Task<long> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Moves the cursor forward; a value below the stored one changes nothing.</summary>
    Task AdvanceAsync(long seq, CancellationToken cancellationToken);
}
