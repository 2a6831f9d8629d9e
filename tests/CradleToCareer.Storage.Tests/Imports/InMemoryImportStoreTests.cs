using CradleToCareer.Application.Imports;
using CradleToCareer.Storage.InMemory.Imports;

namespace CradleToCareer.Storage.Tests.Imports;

public sealed class InMemoryImportStoreTests : ImportStoreContract
{
    protected override Task<IImportStore> CreateAsync() => Task.FromResult<IImportStore>(new InMemoryImportStore());
}
