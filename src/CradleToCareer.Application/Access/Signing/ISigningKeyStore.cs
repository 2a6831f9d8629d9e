namespace CradleToCareer.Application.Access.Signing;

/// <summary>Where one ring's signing keys live: shared by every silo that signs or validates with that ring.</summary>
public interface ISigningKeyStore
{
    /// <summary>Every key, newest first.</summary>
    Task<IReadOnlyList<StoredSigningKey>> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Stores the key; does nothing when a key with the same id is already stored.</summary>
    Task AddAsync(StoredSigningKey key, CancellationToken cancellationToken);

    /// <summary>Marks the key retired at <paramref name="at"/>; a key already retired keeps its first retirement time.</summary>
    Task RetireAsync(string keyId, DateTimeOffset at, CancellationToken cancellationToken);
}
