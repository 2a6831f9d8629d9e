using CradleToCareer.Domain.Alerts;
using Npgsql;
using NpgsqlTypes;

namespace CradleToCareer.Storage.Alerts;

/// <summary>
/// The durable alert ledger (table <c>c2c_alert</c>, append-only for every role). An append is one round trip and one
/// transaction: it takes the <see cref="FanOutLock"/> shared, then a single statement inserts the entries in order
/// (an id recorded already is skipped, also when another append records it at the same moment) and queues one pending
/// delivery, due at once, per active subscription covering each announced entry it inserted.
/// </summary>
public sealed class PostgresAlertLog(NpgsqlDataSource dataSource) : IAlertLog
{
    private const string AlertColumns = "seq, alert_id, person_id, milestone_id, mark, date, body, recorded_at";

    private const string AppendSql =
        $"""
        WITH entry AS (
            SELECT * FROM unnest(@alert_ids, @persons, @milestones, @marks, @occurrences, @dates, @bodies, @recorded)
                WITH ORDINALITY AS e (alert_id, person_id, milestone_id, mark, occurrence, date, body, recorded_at, position)
        ),
        inserted AS (
            INSERT INTO c2c_alert (alert_id, person_id, milestone_id, mark, occurrence, date, body, recorded_at)
            SELECT alert_id, person_id, milestone_id, mark, occurrence, date, body, recorded_at FROM entry ORDER BY position
            ON CONFLICT DO NOTHING
            RETURNING {AlertColumns}
        ),
        queued AS (
            INSERT INTO c2c_alert_delivery (subscription_id, alert_id, alert_seq, person_id, status, attempts, queued_at, next_attempt_at)
            SELECT s.subscription_id, i.alert_id, i.seq, i.person_id, 'pending', 0, i.recorded_at, i.recorded_at
            FROM inserted i
            JOIN c2c_webhook_subscription s
              ON s.status = 'active' AND ('*' = ANY (s.milestones) OR i.milestone_id = ANY (s.milestones))
            WHERE i.body IS NOT NULL
        )
        SELECT {AlertColumns} FROM inserted WHERE body IS NOT NULL ORDER BY seq
        """;

    public async Task<IReadOnlyList<LedgerEntry>> ReadPersonAsync(string personId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT milestone_id, mark, date, occurrence FROM c2c_alert WHERE person_id = @person ORDER BY seq");
        command.Parameters.AddWithValue("person", personId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<LedgerEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new LedgerEntry(
                personId, reader.GetString(0), LedgerMarks.Parse(reader.GetString(1)), reader.GetFieldValue<DateOnly>(2), reader.GetInt32(3)));
        }

        return entries;
    }

    public async Task<IReadOnlyList<RecordedAlert>> AppendAsync(IReadOnlyList<NewLedgerEntry> entries, CancellationToken cancellationToken)
    {
        AlertArguments.CheckEntries(entries);
        if (entries.Count == 0)
        {
            return [];
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(FanOutLock.Shared));
        batch.BatchCommands.Add(AppendCommand(entries));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        return await ReadAlertsAsync(reader, cancellationToken);
    }

    public async Task<IReadOnlyList<RecordedAlert>> ReadAfterAsync(long afterSeq, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var command = dataSource.CreateCommand(
            $"SELECT {AlertColumns} FROM c2c_alert WHERE seq > @after AND body IS NOT NULL ORDER BY seq LIMIT @limit");
        command.Parameters.AddWithValue("after", afterSeq);
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ReadAlertsAsync(reader, cancellationToken);
    }

    public async Task<long?> SeqOfAsync(string alertId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT seq FROM c2c_alert WHERE alert_id = @id AND body IS NOT NULL");
        command.Parameters.AddWithValue("id", alertId);
        return await command.ExecuteScalarAsync(cancellationToken) is long seq ? seq : null;
    }

    public async Task<long> LastSeqAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT coalesce(max(seq), 0) FROM c2c_alert");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static NpgsqlBatchCommand AppendCommand(IReadOnlyList<NewLedgerEntry> entries)
    {
        var command = new NpgsqlBatchCommand(AppendSql);
        command.Parameters.AddWithValue("alert_ids", entries.Select(e => e.Entry.AlertId).ToArray());
        command.Parameters.AddWithValue("persons", entries.Select(e => e.Entry.PersonId).ToArray());
        command.Parameters.AddWithValue("milestones", entries.Select(e => e.Entry.MilestoneId).ToArray());
        command.Parameters.AddWithValue("marks", entries.Select(e => LedgerMarks.NameOf(e.Entry.Mark)).ToArray());
        command.Parameters.AddWithValue("occurrences", entries.Select(e => e.Entry.Occurrence).ToArray());
        command.Parameters.AddWithValue("dates", entries.Select(e => e.Entry.Date).ToArray());
        command.Parameters.Add(new NpgsqlParameter("bodies", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = entries.Select(e => e.Body).ToArray() });
        command.Parameters.AddWithValue("recorded", entries.Select(e => e.RecordedAt.ToUniversalTime()).ToArray());
        return command;
    }

    private static async Task<IReadOnlyList<RecordedAlert>> ReadAlertsAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var alerts = new List<RecordedAlert>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var mark = LedgerMarks.Parse(reader.GetString(4));
            alerts.Add(new RecordedAlert(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                LedgerMarks.AlertKindOf(mark) ?? throw new InvalidOperationException($"Mark {mark} is never announced."),
                reader.GetFieldValue<DateOnly>(5),
                reader.GetFieldValue<byte[]>(6),
                reader.GetFieldValue<DateTimeOffset>(7)));
        }

        return alerts;
    }
}
