using CradleToCareer.Application.Access.Signing;
namespace CradleToCareer.Storage.InMemory.Access.Signing;

/// <summary>The embedded default's key store: held in process memory, so keys (and tokens) do not survive a restart.</summary>
public sealed class InMemorySigningKeyStore : ISigningKeyStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StoredSigningKey> _keys = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<StoredSigningKey>> LoadAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<StoredSigningKey> keys = [.. SigningKeyOrder.NewestFirst(_keys.Values)];
            return Task.FromResult(keys);
        }
    }

    public Task AddAsync(StoredSigningKey key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _keys.TryAdd(key.KeyId, key with { PrivateKeyPkcs8 = [.. key.PrivateKeyPkcs8] });
            return Task.CompletedTask;
        }
    }

    public Task RetireAsync(string keyId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_keys.TryGetValue(keyId, out var key) && key.RetiredAt is null)
            {
                _keys[keyId] = key with { RetiredAt = at };
            }

            return Task.CompletedTask;
        }
    }
}
