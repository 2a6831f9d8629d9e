using System.Collections.Concurrent;

namespace CradleToCareer.Application.Access;

/// <summary>
/// Whether an access token's client may still use it, as this silo knows it: the token must name the client's
/// current secret (by its stamp) and the client must not be disabled. Each client's record is read from the shared
/// registry at most once per <see cref="MaxAge"/>, so a disable or a new secret on any silo reaches every silo
/// within that time, and a busy client costs one registry read per interval, not one per request.
/// </summary>
public sealed class ClientStatusCache(IAccessRegistry registry, TimeProvider clock)
{
    /// <summary>How long a read of a client's record is trusted.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, Reading> _readings = new(StringComparer.Ordinal);

    /// <summary>True when the client exists, is not disabled, and its current secret is the one the token was issued under.</summary>
    public async Task<bool> AdmitsAsync(string clientId, string? secretStamp, CancellationToken cancellationToken)
    {
        var client = await CurrentAsync(clientId).WaitAsync(cancellationToken);
        return client is { DisabledAt: null } && string.Equals(client.SecretStamp, secretStamp, StringComparison.Ordinal);
    }

    /// <summary>
    /// The client's record, read afresh when the last reading is older than <see cref="MaxAge"/> or failed. Requests
    /// arriving together share one read.
    /// </summary>
    private Task<ClientRecord?> CurrentAsync(string clientId)
    {
        var now = clock.GetUtcNow();
        if (_readings.TryGetValue(clientId, out var reading) && !reading.IsStale(now))
        {
            return reading.Client;
        }

        return _readings.AddOrUpdate(
            clientId,
            _ => Read(clientId, now),
            (_, current) => current.IsStale(now) ? Read(clientId, now) : current).Client;
    }

    private Reading Read(string clientId, DateTimeOffset now) =>
        new(registry.FindClientAsync(clientId, CancellationToken.None), now);

    private sealed record Reading(Task<ClientRecord?> Client, DateTimeOffset ReadAt)
    {
        public bool IsStale(DateTimeOffset now) => now - ReadAt >= MaxAge || Client.IsFaulted || Client.IsCanceled;
    }
}
