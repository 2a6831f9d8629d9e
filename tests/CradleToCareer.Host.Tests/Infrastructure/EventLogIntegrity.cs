using Npgsql;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>
/// Rules of the event log that no constraint checks (migration 0024 dropped the foreign key from events to persons, for
/// the time its per-row trigger cost a bulk load): tests that ingest on PostgreSQL check them on their databases.
/// </summary>
public static class EventLogIntegrity
{
    /// <summary>How many logged events name a person the database does not hold (0 when the rule holds).</summary>
    public static async Task<long> EventsWithoutTheirPersonAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM c2c_event_log l WHERE NOT EXISTS (SELECT FROM c2c_person p WHERE p.person_id = l.person_id)",
            connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
