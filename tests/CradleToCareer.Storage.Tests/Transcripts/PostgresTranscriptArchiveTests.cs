using CradleToCareer.Storage.Postgres.Transcripts;
using CradleToCareer.Application.Transcripts;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Storage.Tests.Transcripts;

[Collection(PostgresCollection.Name)]
public sealed class PostgresTranscriptArchiveTests(PostgresFixture postgres) : TranscriptArchiveContract
{
    private string _connectionString = "";
    private NpgsqlDataSource? _dataSource;

    protected override async Task<ITranscriptArchive> CreateArchiveAsync()
    {
        _connectionString = await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, "transcripts");
        _dataSource = NpgsqlDataSource.Create(_connectionString);
        return new PostgresTranscriptArchive(_dataSource);
    }

    public override async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("UPDATE", "UPDATE c2c_issued_transcript SET document = '\\x7b7d'::bytea")]
    [InlineData("UPDATE", "UPDATE c2c_issued_transcript SET recipient_org_id = 'org_other'")]
    [InlineData("DELETE", "DELETE FROM c2c_issued_transcript")]
    [InlineData("TRUNCATE", "TRUNCATE c2c_issued_transcript")]
    public async Task The_table_refuses_every_change_even_to_its_owner(string operation, string sql)
    {
        var transcript = Sample("t_locked");
        await Archive.AddAsync(transcript, None);
        Assert.True(await TestDatabase.ScalarAsync<bool>(
            _connectionString, "SELECT tableowner = current_user FROM pg_tables WHERE tablename = 'c2c_issued_transcript'"));

        var error = await Assert.ThrowsAsync<PostgresException>(() => TestDatabase.ExecuteAsync(_connectionString, sql));

        Assert.Contains("append-only", error.MessageText);
        Assert.Contains(operation, error.MessageText);
        var kept = await Archive.FindAsync("t_locked", None);
        Assert.Equal(transcript.Document, kept?.Document);
        Assert.Equal("org_college", kept?.RecipientOrgId);
    }
}
