using System.Text.Json;
using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;
using CradleToCareer.Storage.Postgres.EventLog;
using CradleToCareer.Storage.Postgres.Identity;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Storage.Tests.Identity;

/// <summary>
/// Match records are written as bytes, and records written as JSON before migration 0013 still read; the keys some
/// record is filed under are told apart from new ones.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresMatchRecordSourceTests(PostgresFixture postgres)
{
    private static readonly MatchEncoder Encoder = new(Enumerable.Range(7, 32).Select(i => (byte)i).ToArray());

    private static readonly StudentBlock Student = new(
        [], FirstName: "Itzel", LastName: "Quispe", BirthDate: new DateOnly(2010, 3, 9), Sex: "F",
        StreetAddress: "18 Cedar Ave", City: "Fresno", PostalCode: "93701");

    [Fact]
    public async Task A_record_written_now_is_stored_as_bytes_and_one_stored_as_json_still_reads()
    {
        var connectionString = await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, "match_records");
        var written = Encoder.Encode(Student);
        var older = Encoder.Encode(Student with { FirstName = "Itzél" });
        await WriteForPersonsP1AndP2Async(connectionString, [new MatchRecord("r-new", "p1", ["bk:test:shared"], written.Fingerprint)]);

        await TestDatabase.ExecuteAsync(
            connectionString,
            "INSERT INTO c2c_match_record (record_id, person_id, fingerprint) VALUES ('r-old', 'p2', @json::jsonb); "
            + "INSERT INTO c2c_match_key (blocking_key, record_id) VALUES ('bk:test:shared', 'r-old')",
            ("json", IdentityJson.Write(older.Fingerprint)));
        await using var dataSource = NpgsqlDataSource.Create(connectionString);

        var read = (await new PostgresMatchRecordSource(dataSource).ReadAsync(["bk:test:shared"], CancellationToken.None))
            .ToDictionary(record => record.RecordId);

        Assert.Equal(JsonSerializer.Serialize(written.Fingerprint), JsonSerializer.Serialize(read["r-new"].Fingerprint));
        Assert.Equal(JsonSerializer.Serialize(older.Fingerprint), JsonSerializer.Serialize(read["r-old"].Fingerprint));
        Assert.Equal(1, await TestDatabase.ScalarAsync<long>(connectionString, "SELECT count(*) FROM c2c_match_record WHERE fingerprint IS NULL AND fingerprint_bytes IS NOT NULL"));
    }

    [Fact]
    public async Task Existing_keys_are_the_asked_keys_some_record_is_filed_under_each_once()
    {
        var connectionString = await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, "match_keys");
        var fingerprint = Encoder.Encode(Student).Fingerprint;
        await WriteForPersonsP1AndP2Async(
            connectionString,
            [
                new MatchRecord("r1", "p1", ["bk:test:shared", "bk:test:one"], fingerprint),
                new MatchRecord("r2", "p2", ["bk:test:shared", "bk:test:other"], fingerprint),
            ]);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);

        var existing = await new PostgresMatchRecordSource(dataSource).ExistingKeysAsync(
            ["bk:test:shared", "bk:test:one", "bk:test:new", "bk:test:shared"], CancellationToken.None);

        Assert.Equal(["bk:test:one", "bk:test:shared"], existing.Order(StringComparer.Ordinal));
    }

    /// <summary>Creates persons <c>p1</c> and <c>p2</c> and writes the match records the way ingest does.</summary>
    private static async Task WriteForPersonsP1AndP2Async(string connectionString, IReadOnlyList<MatchRecord> records)
    {
        await TestDatabase.ExecuteAsync(connectionString, "INSERT INTO c2c_person (person_id) VALUES ('p1'), ('p2')");
        await WriteAsync(connectionString, records);
    }

    private static async Task WriteAsync(string connectionString, IReadOnlyList<MatchRecord> records)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await IngestWrites.CopyMatchRecordsAsync(connection, records, CancellationToken.None);
    }
}
