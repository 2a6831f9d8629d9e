using System.Text;
using CradleToCareer.Application.Alerts;
using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Host.Alerts;

/// <summary>
/// Alerts written as Server-Sent Events: <c>id:</c> the alert id, <c>event:</c> its type, <c>data:</c> the webhook
/// body; a comment line keeps an idle connection open every <see cref="Heartbeat"/>.
/// </summary>
internal sealed class ServerSentAlerts(HttpResponse response, TimeProvider clock) : IAlertStreamSink
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);
    private DateTimeOffset _lastWrite;

    public Task OpenAsync(CancellationToken cancellationToken) => WriteAsync(": stream open\n\n", cancellationToken);

    public Task SendAsync(RecordedAlert alert, CancellationToken cancellationToken) =>
        WriteAsync($"id: {alert.AlertId}\nevent: {AlertTypes.Of(alert.Kind)}\ndata: {Encoding.UTF8.GetString(alert.Body)}\n\n", cancellationToken);

    public Task IdleAsync(CancellationToken cancellationToken) =>
        clock.GetUtcNow() - _lastWrite >= Heartbeat ? WriteAsync(": keep-alive\n\n", cancellationToken) : Task.CompletedTask;

    private async Task WriteAsync(string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
        _lastWrite = clock.GetUtcNow();
    }
}
