using System.Security.Cryptography;
using CradleToCareer.Application.Access.Signing;

namespace CradleToCareer.Storage.Tests.Access.Signing;

/// <summary>The behaviour every <see cref="ISigningKeyStore"/> shares; each implementation runs it through a subclass.</summary>
public abstract class SigningKeyStoreContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset Created = new(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private ISigningKeyStore? _store;

    protected ISigningKeyStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    /// <summary>A store for the same keys as <see cref="Store"/>, as another silo would open it.</summary>
    protected abstract ISigningKeyStore Reopened();

    protected abstract Task<ISigningKeyStore> CreateStoreAsync();

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected static StoredSigningKey NewKey(string keyId, DateTimeOffset createdAt)
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new StoredSigningKey(keyId, ecdsa.ExportPkcs8PrivateKey(), createdAt, null);
    }

    [Fact]
    public async Task Keys_round_trip_newest_first_with_their_first_retirement()
    {
        var older = NewKey("k_older", Created);
        var newer = NewKey("k_newer", Created.AddDays(1));
        await Store.AddAsync(older, CancellationToken.None);
        await Store.AddAsync(newer, CancellationToken.None);
        await Store.RetireAsync("k_older", Created.AddDays(1), CancellationToken.None);
        await Store.RetireAsync("k_older", Created.AddDays(2), CancellationToken.None);

        var loaded = await Reopened().LoadAsync(CancellationToken.None);

        Assert.Equal(["k_newer", "k_older"], loaded.Select(key => key.KeyId));
        Assert.Equal(newer.PrivateKeyPkcs8, loaded[0].PrivateKeyPkcs8);
        Assert.Equal(newer.CreatedAt, loaded[0].CreatedAt);
        Assert.Null(loaded[0].RetiredAt);
        Assert.Equal(older.PrivateKeyPkcs8, loaded[1].PrivateKeyPkcs8);
        Assert.Equal(Created.AddDays(1), loaded[1].RetiredAt);
    }

    [Fact]
    public async Task Adding_an_id_that_exists_keeps_the_first_key()
    {
        var first = NewKey("k_same", Created);
        await Store.AddAsync(first, CancellationToken.None);

        await Store.AddAsync(NewKey("k_same", Created.AddHours(1)), CancellationToken.None);

        var loaded = Assert.Single(await Store.LoadAsync(CancellationToken.None));
        Assert.Equal(first.PrivateKeyPkcs8, loaded.PrivateKeyPkcs8);
    }

    [Fact]
    public async Task Retiring_an_unknown_key_changes_nothing()
    {
        await Store.AddAsync(NewKey("k_kept", Created), CancellationToken.None);

        await Store.RetireAsync("k_unknown", Created.AddDays(1), CancellationToken.None);

        Assert.Null(Assert.Single(await Store.LoadAsync(CancellationToken.None)).RetiredAt);
    }
}
