using CradleToCareer.Application.Exchange;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Storage.Postgres.Alerts;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.Exchange;

/// <summary>
/// The push outbox (table <c>c2c_transcript_request_push</c>), claimed the way the alert outbox is: one statement picks
/// due pushes with <c>FOR UPDATE SKIP LOCKED</c>, each the oldest pending one of its request, and leases them.
/// </summary>
public sealed class PostgresTranscriptPushQueue(NpgsqlDataSource dataSource) : ITranscriptPushQueue
{
    private const string ClaimSql =
        $"""
        WITH picked AS (
            SELECT p.request_id, p.status
            FROM c2c_transcript_request_push p
            JOIN c2c_transcript_request r ON r.request_id = p.request_id
            WHERE p.push_status = '{DeliveryStatus.Pending}'
              AND p.next_attempt_at <= @now
              AND (p.leased_until IS NULL OR p.leased_until <= @now)
              AND r.organization_id <> ALL (@busy)
              AND NOT EXISTS (
                  SELECT 1 FROM c2c_transcript_request_push earlier
                  WHERE earlier.request_id = p.request_id AND earlier.push_status = '{DeliveryStatus.Pending}' AND earlier.seq < p.seq)
            ORDER BY p.next_attempt_at, p.seq
            LIMIT @limit
            FOR UPDATE OF p SKIP LOCKED
        ),
        claimed AS (
            UPDATE c2c_transcript_request_push d SET leased_until = @until
            FROM picked
            WHERE d.request_id = picked.request_id AND d.status = picked.status
            RETURNING d.request_id, d.status, d.body, d.attempts, d.first_attempt_at, d.next_attempt_at, d.seq
        )
        SELECT c.request_id, c.status, r.organization_id, r.client_id, r.person_id, r.delivery_url, r.sealed_secret, c.body,
               c.attempts, c.first_attempt_at
        FROM claimed c
        JOIN c2c_transcript_request r ON r.request_id = c.request_id
        ORDER BY c.next_attempt_at, c.seq
        """;

    public async Task<IReadOnlyList<DuePush>> ClaimAsync(
        int limit, DateTimeOffset now, TimeSpan lease, IReadOnlyCollection<string> busyOrganizations, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var command = dataSource.CreateCommand(ClaimSql);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("until", (now + lease).ToUniversalTime());
        command.Parameters.AddWithValue("busy", busyOrganizations.ToArray());
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var claimed = new List<DuePush>();
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new DuePush(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5),
                reader.GetFieldValue<byte[]>(6),
                reader.GetFieldValue<byte[]>(7),
                reader.GetInt32(8),
                ReaderValues.OptionalTime(reader, 9)));
        }

        return claimed;
    }

    public async Task CompleteAsync(PushUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        await using var command = dataSource.CreateCommand(
            $"""
            UPDATE c2c_transcript_request_push
            SET push_status = @pushStatus, attempts = @attempts, last_response_code = @code, first_attempt_at = @first,
                last_attempt_at = @last, next_attempt_at = @next, leased_until = NULL
            WHERE request_id = @request AND status = @status AND push_status = '{DeliveryStatus.Pending}'
            """);
        command.Parameters.AddWithValue("request", update.RequestId);
        command.Parameters.AddWithValue("status", update.Status);
        command.Parameters.AddWithValue("pushStatus", update.PushStatus);
        ReaderValues.AddAttempt(
            command, update.Attempts, update.LastResponseCode, update.FirstAttemptAt, update.LastAttemptAt, update.NextAttemptAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
