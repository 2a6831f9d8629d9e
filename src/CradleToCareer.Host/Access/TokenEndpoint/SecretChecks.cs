using System.Threading.RateLimiting;
using CradleToCareer.Host.Hosting.Settings;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Access.TokenEndpoint;

/// <summary>
/// Bounds the PBKDF2 work of token requests on this silo: only so many secret checks run at once, a few more
/// wait in order, and the rest are refused at once, so a flood of token requests leaves processors for
/// everything else.
/// </summary>
internal sealed class SecretChecks(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.Token.SecretCheckPermits,
        QueueLimit = options.Value.Token.QueuedSecretChecks,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>A lease to check one secret; not acquired when the checks and their queue are full.</summary>
    public ValueTask<RateLimitLease> EnterAsync(CancellationToken cancellationToken) => _limiter.AcquireAsync(1, cancellationToken);

    public void Dispose() => _limiter.Dispose();
}
