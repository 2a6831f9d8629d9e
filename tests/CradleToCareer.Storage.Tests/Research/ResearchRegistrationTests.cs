using CradleToCareer.Application.Research;
using CradleToCareer.Storage.InMemory;
using CradleToCareer.Storage.InMemory.Research;
using CradleToCareer.Storage.Postgres;
using CradleToCareer.Storage.Postgres.Research;
using Microsoft.Extensions.DependencyInjection;

namespace CradleToCareer.Storage.Tests.Research;

/// <summary>Both backends register the research ports, so the host resolves them whichever it runs on.</summary>
public sealed class ResearchRegistrationTests
{
    [Fact]
    public void The_embedded_default_resolves_its_research_stores()
    {
        using var provider = new ServiceCollection().AddInMemoryStorage().BuildServiceProvider();

        Assert.IsType<InMemoryResearchProjectStore>(provider.GetRequiredService<IResearchProjectStore>());
        Assert.IsType<InMemoryResearchExtractStore>(provider.GetRequiredService<IResearchExtractStore>());
        Assert.Same(provider.GetRequiredService<InMemoryResearchProjectStore>(), provider.GetRequiredService<IResearchProjectStore>());
    }

    [Fact]
    public void PostgreSQL_resolves_its_research_stores_without_connecting()
    {
        using var provider = new ServiceCollection()
            .AddPostgresStorage(_ => "Host=db.invalid;Database=c2c", _ => new byte[32])
            .BuildServiceProvider();

        Assert.IsType<PostgresResearchProjectStore>(provider.GetRequiredService<IResearchProjectStore>());
        Assert.IsType<PostgresResearchExtractStore>(provider.GetRequiredService<IResearchExtractStore>());
    }
}
