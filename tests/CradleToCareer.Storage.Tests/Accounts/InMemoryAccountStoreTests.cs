using CradleToCareer.Application.Accounts;
using CradleToCareer.Storage.InMemory.Accounts;

namespace CradleToCareer.Storage.Tests.Accounts;

public sealed class InMemoryAccountStoreTests : AccountStoreContract
{
    protected override Task<IAccountStore> CreateAsync() => Task.FromResult<IAccountStore>(new InMemoryAccountStore());
}
