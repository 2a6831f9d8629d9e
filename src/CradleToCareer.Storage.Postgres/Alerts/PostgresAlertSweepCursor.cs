using CradleToCareer.Application.Alerts;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.Alerts;

/// <summary>The durable sweep cursor: the single row of <c>c2c_alert_sweep</c>, which only moves forward.</summary>
public sealed class PostgresAlertSweepCursor(NpgsqlDataSource dataSource) : IAlertSweepCursor
{
    public async Task<long> ReadAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT last_seq FROM c2c_alert_sweep WHERE id = 1");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task AdvanceAsync(long seq, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE c2c_alert_sweep SET last_seq = @seq WHERE id = 1 AND last_seq < @seq");
        command.Parameters.AddWithValue("seq", seq);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
