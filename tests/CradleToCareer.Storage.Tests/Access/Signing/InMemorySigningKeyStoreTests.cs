using CradleToCareer.Application.Access.Signing;
using CradleToCareer.Storage.InMemory.Access.Signing;

namespace CradleToCareer.Storage.Tests.Access.Signing;

public sealed class InMemorySigningKeyStoreTests : SigningKeyStoreContract
{
    private readonly InMemorySigningKeyStore _store = new();

    protected override Task<ISigningKeyStore> CreateStoreAsync() => Task.FromResult<ISigningKeyStore>(_store);

    protected override ISigningKeyStore Reopened() => _store;
}
