using CradleToCareer.Host.Hosting.Settings;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Access.TokenEndpoint;

/// <summary>
/// Locks out client ids that are sent wrong secrets, on this silo (memory; every silo counts its own). Two
/// counts run side by side:
/// <list type="bullet">
/// <item>per client id and caller address: a few failures lock that pair out, so a guesser from one address is
/// stopped while the real client, elsewhere, goes on;</item>
/// <item>per client id over all addresses: many failures lock the client id out everywhere except at the
/// addresses where it received a token in the last 24 hours, so guessing from many addresses stops too, while the
/// real client keeps working from where it works.</item>
/// </list>
/// A locked-out request is refused before its secret is checked, the right secret included: a lockout that let
/// the right secret through would tell a guesser when it was right. Unknown client ids are counted the same way
/// as real ones, so a lockout says nothing about whether an id exists.
/// </summary>
internal sealed class TokenLockout(IOptions<RateLimitOptions> options, TimeProvider clock)
{
    private const int KnownAddressesPerClient = 16;
    private static readonly TimeSpan KnownAddressMemory = TimeSpan.FromHours(24);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);

    private readonly TokenEndpointLimits _limits = options.Value.Token;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string ClientId, string Address), FailureStreak> _pairs = [];
    private readonly Dictionary<string, FailureStreak> _clients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DateTimeOffset>> _knownAddresses = new(StringComparer.Ordinal);
    private DateTimeOffset _nextPrune;

    /// <summary>How long the client id must still wait at this address, or null when its secret may be checked.</summary>
    public TimeSpan? LockedFor(string clientId, string address)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            var pair = _pairs.GetValueOrDefault((clientId, address))?.LockedFor(now);
            var client = IsKnown(clientId, address, now) ? null : _clients.GetValueOrDefault(clientId)?.LockedFor(now);
            return (pair, client) switch
            {
                (null, _) => client,
                (_, null) => pair,
                _ => pair > client ? pair : client,
            };
        }
    }

    public void Failed(string clientId, string address)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            PruneIfDue(now);
            Streak(_pairs, (clientId, address)).Fail(now, _limits.FailuresPerAddress, _limits);
            Streak(_clients, clientId).Fail(now, _limits.FailuresPerClient, _limits);
        }
    }

    /// <summary>The pair's count starts afresh and the address is known for the client; the client's count stays.</summary>
    public void Succeeded(string clientId, string address)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            PruneIfDue(now);
            _pairs.Remove((clientId, address));
            if (!_knownAddresses.TryGetValue(clientId, out var known))
            {
                _knownAddresses[clientId] = known = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            }

            known[address] = now;
            if (known.Count > KnownAddressesPerClient)
            {
                known.Remove(known.MinBy(entry => entry.Value).Key);
            }
        }
    }

    private bool IsKnown(string clientId, string address, DateTimeOffset now) =>
        _knownAddresses.GetValueOrDefault(clientId)?.GetValueOrDefault(address) is { } lastToken && now - lastToken < KnownAddressMemory;

    private static FailureStreak Streak<TKey>(Dictionary<TKey, FailureStreak> streaks, TKey key)
        where TKey : notnull
    {
        if (!streaks.TryGetValue(key, out var streak))
        {
            streaks[key] = streak = new FailureStreak();
        }

        return streak;
    }

    /// <summary>Drops what no longer counts, so memory follows the failures of the last window, not all of them ever.</summary>
    private void PruneIfDue(DateTimeOffset now)
    {
        if (now < _nextPrune)
        {
            return;
        }

        _nextPrune = now + PruneEvery;
        RemoveWhere(_pairs, streak => streak.IsForgotten(now, _limits.FailureWindow));
        RemoveWhere(_clients, streak => streak.IsForgotten(now, _limits.FailureWindow));
        foreach (var known in _knownAddresses.Values)
        {
            RemoveWhere(known, lastToken => now - lastToken >= KnownAddressMemory);
        }

        RemoveWhere(_knownAddresses, known => known.Count == 0);
    }

    private static void RemoveWhere<TKey, TValue>(Dictionary<TKey, TValue> entries, Func<TValue, bool> stale)
        where TKey : notnull
    {
        foreach (var key in entries.Where(entry => stale(entry.Value)).Select(entry => entry.Key).ToList())
        {
            entries.Remove(key);
        }
    }
}
