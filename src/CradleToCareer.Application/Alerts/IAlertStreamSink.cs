namespace CradleToCareer.Application.Alerts;

/// <summary>Where a live alert stream goes (a Server-Sent Events response).</summary>
public interface IAlertStreamSink
{
    /// <summary>Sends one alert the caller may see; its disclosure is already recorded.</summary>
    Task SendAsync(RecordedAlert alert, CancellationToken cancellationToken);

    /// <summary>Called after every round: the sink may keep a connection alive that has been quiet for a while.</summary>
    Task IdleAsync(CancellationToken cancellationToken);
}
