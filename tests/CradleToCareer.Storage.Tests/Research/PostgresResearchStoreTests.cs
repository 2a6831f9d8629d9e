using CradleToCareer.Application.Research;
using CradleToCareer.Storage.Postgres.Research;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Storage.Tests.Research;

[Collection(PostgresCollection.Name)]
public sealed partial class PostgresResearchStoreTests(PostgresFixture postgres) : ResearchStoreContract
{
    private string? _connectionString;
    private NpgsqlDataSource? _dataSource;

    protected override async Task<(IResearchProjectStore Projects, IResearchExtractStore Extracts)> CreateAsync()
    {
        _connectionString = await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, "research");
        _dataSource = NpgsqlDataSource.Create(_connectionString);
        return (new PostgresResearchProjectStore(_dataSource), new PostgresResearchExtractStore(_dataSource));
    }

    protected override async Task<long> ChunksKeptAsync(string extractId) => await TestDatabase.ScalarAsync<long>(
        _connectionString!, "SELECT count(*) FROM c2c_research_extract_chunk WHERE extract_id = @id", ("id", extractId));

    [Fact]
    public async Task A_kept_project_cannot_be_changed_or_deleted()
    {
        await Projects.AddAsync(Project("p-fixed", "org_a"), None);

        await Assert.ThrowsAsync<PostgresException>(() => TestDatabase.ExecuteAsync(
            _connectionString!, "UPDATE c2c_research_project SET organization_id = 'org_b'"));
        await Assert.ThrowsAsync<PostgresException>(() => TestDatabase.ExecuteAsync(_connectionString!, "DELETE FROM c2c_research_project"));
        Assert.Equal("org_a", (await Projects.FindAsync("p-fixed", None))!.OrganizationId);
    }

    public override async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }
}
