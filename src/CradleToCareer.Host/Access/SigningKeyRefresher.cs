using CradleToCareer.Application.Access.Signing;

namespace CradleToCareer.Host.Access;

/// <summary>
/// Re-reads the signing keys every so often (C2C:Security:KeyRefreshSeconds, default 30), so a key
/// another silo rotated in signs and validates here too.
/// </summary>
internal sealed class SigningKeyRefresher(SigningKeyRing keys, AccessSettings settings, ILogger<SigningKeyRefresher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.KeyRefreshInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await keys.RefreshAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("Could not refresh the signing keys: {Reason}; the keys loaded before stay in use", exception.GetType().Name);
            }
        }
    }
}
