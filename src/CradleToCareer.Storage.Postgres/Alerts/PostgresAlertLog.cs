using CradleToCareer.Application.Alerts;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Storage.Postgres.Grouping;
using Npgsql;
using NpgsqlTypes;

namespace CradleToCareer.Storage.Postgres.Alerts;

/// <summary>
/// The durable alert ledger (table <c>c2c_alert</c>, append-only for every role). Appends waiting at one moment share
/// one round trip and one transaction: it takes the <see cref="FanOutLock"/> shared, then a single statement inserts
/// the entries in order (an id recorded already is skipped, also when another append records it at the same moment)
/// and queues one pending delivery, due at once, per active subscription covering each announced entry it inserted.
/// Ledger reads waiting at one moment share one query too.
/// </summary>
public sealed class PostgresAlertLog : IAlertLog, IAsyncDisposable
{
    private const string AlertColumns = "seq, alert_id, person_id, milestone_id, mark, date, body, recorded_at";
    private const int MaxGroup = 128;

    private readonly NpgsqlDataSource _dataSource;
    private readonly GroupedCalls<string, IReadOnlyList<LedgerEntry>> _reads;
    private readonly GroupedCalls<IReadOnlyList<NewLedgerEntry>, IReadOnlyList<RecordedAlert>> _appends;

    public PostgresAlertLog(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
        _reads = new GroupedCalls<string, IReadOnlyList<LedgerEntry>>(ReadPersonsAsync, MaxGroup);
        _appends = new GroupedCalls<IReadOnlyList<NewLedgerEntry>, IReadOnlyList<RecordedAlert>>(AppendGroupAsync, MaxGroup);
    }

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

    public Task<IReadOnlyList<LedgerEntry>> ReadPersonAsync(string personId, CancellationToken cancellationToken) =>
        _reads.SubmitAsync(personId, cancellationToken);

    public async Task<IReadOnlyList<RecordedAlert>> AppendAsync(IReadOnlyList<NewLedgerEntry> entries, CancellationToken cancellationToken)
    {
        AlertArguments.CheckEntries(entries);
        return entries.Count == 0 ? [] : await _appends.SubmitAsync(entries, cancellationToken);
    }

    public async Task<IReadOnlyList<RecordedAlert>> ReadAfterAsync(long afterSeq, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var command = _dataSource.CreateCommand(
            $"SELECT {AlertColumns} FROM c2c_alert WHERE seq > @after AND body IS NOT NULL ORDER BY seq LIMIT @limit");
        command.Parameters.AddWithValue("after", afterSeq);
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ReadAlertsAsync(reader, cancellationToken);
    }

    public async Task<long?> SeqOfAsync(string alertId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT seq FROM c2c_alert WHERE alert_id = @id AND body IS NOT NULL");
        command.Parameters.AddWithValue("id", alertId);
        return await command.ExecuteScalarAsync(cancellationToken) is long seq ? seq : null;
    }

    public async Task<long> LastSeqAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT coalesce(max(seq), 0) FROM c2c_alert");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        await _reads.DisposeAsync();
        await _appends.DisposeAsync();
    }

    private async Task<IReadOnlyList<IReadOnlyList<LedgerEntry>>> ReadPersonsAsync(IReadOnlyList<string> personIds)
    {
        await using var command = _dataSource.CreateCommand(
            "SELECT person_id, milestone_id, mark, date, occurrence FROM c2c_alert WHERE person_id = ANY(@persons) ORDER BY seq");
        command.Parameters.AddWithValue("persons", personIds.Distinct(StringComparer.Ordinal).ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        var byPerson = personIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => new List<LedgerEntry>(), StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            var personId = reader.GetString(0);
            byPerson[personId].Add(new LedgerEntry(
                personId, reader.GetString(1), LedgerMarks.Parse(reader.GetString(2)), reader.GetFieldValue<DateOnly>(3), reader.GetInt32(4)));
        }

        return [.. personIds.Select(id => (IReadOnlyList<LedgerEntry>)byPerson[id])];
    }

    /// <summary>
    /// One transaction for every caller's entries. Each newly recorded alert is answered to the first caller (in
    /// submission order) that brought it, so two callers racing with the same entries see it once between them.
    /// </summary>
    private async Task<IReadOnlyList<IReadOnlyList<RecordedAlert>>> AppendGroupAsync(IReadOnlyList<IReadOnlyList<NewLedgerEntry>> callers)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(FanOutLock.Shared));
        batch.BatchCommands.Add(AppendCommand([.. callers.SelectMany(entries => entries)]));
        IReadOnlyList<RecordedAlert> recorded;
        await using (var reader = await batch.ExecuteReaderAsync())
        {
            await reader.NextResultAsync();
            recorded = await ReadAlertsAsync(reader, CancellationToken.None);
        }

        var unanswered = recorded.ToDictionary(alert => alert.AlertId, StringComparer.Ordinal);
        return [.. callers.Select(entries => (IReadOnlyList<RecordedAlert>)[.. entries
            .Select(entry => unanswered.Remove(entry.Entry.AlertId, out var alert) ? alert : null)
            .OfType<RecordedAlert>()
            .OrderBy(alert => alert.Seq)])];
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
