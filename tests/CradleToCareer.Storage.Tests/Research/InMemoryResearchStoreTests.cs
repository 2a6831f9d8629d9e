using CradleToCareer.Application.Research;
using CradleToCareer.Storage.InMemory.Research;

namespace CradleToCareer.Storage.Tests.Research;

public sealed class InMemoryResearchStoreTests : ResearchStoreContract
{
    private InMemoryResearchExtractStore? _extracts;

    protected override Task<(IResearchProjectStore Projects, IResearchExtractStore Extracts)> CreateAsync()
    {
        var projects = new InMemoryResearchProjectStore();
        _extracts = new InMemoryResearchExtractStore(projects);
        return Task.FromResult<(IResearchProjectStore, IResearchExtractStore)>((projects, _extracts));
    }

    protected override Task<long> ChunksKeptAsync(string extractId) => Task.FromResult<long>(_extracts!.ChunkCount(extractId));
}
