using CradleToCareer.Domain.Alerts;
using CradleToCareer.Application.Alerts;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.Alerts;

/// <summary>
/// The durable delivery outbox (table <c>c2c_alert_delivery</c>). A claim is one statement: it picks due deliveries
/// with <c>FOR UPDATE SKIP LOCKED</c>, so silos claiming at once never take the same one, and leases them.
/// </summary>
public sealed class PostgresDeliveryQueue(NpgsqlDataSource dataSource) : IDeliveryQueue
{
    /// <summary><see cref="DeliveryCompletion.Applies"/> as a condition on <c>status</c>, the new status being <c>@status</c>.</summary>
    private const string CompletionApplies = "(status = 'pending' OR (status = 'cancelled' AND @status <> 'pending'))";

    private const string ClaimSql =
        $"""
        WITH picked AS (
            SELECT q.subscription_id, q.alert_id
            FROM c2c_alert_delivery q
            JOIN c2c_webhook_subscription s ON s.subscription_id = q.subscription_id
            WHERE q.status = '{DeliveryStatus.Pending}'
              AND q.next_attempt_at <= @now
              AND (q.leased_until IS NULL OR q.leased_until <= @now)
              AND s.status = '{SubscriptionStatus.Active}'
              AND q.subscription_id <> ALL (@busy)
              AND NOT EXISTS (
                  SELECT 1 FROM c2c_alert_delivery earlier
                  WHERE earlier.subscription_id = q.subscription_id
                    AND earlier.person_id = q.person_id
                    AND earlier.status = '{DeliveryStatus.Pending}'
                    AND earlier.alert_seq < q.alert_seq)
            ORDER BY q.next_attempt_at, q.alert_seq
            LIMIT @limit
            FOR UPDATE OF q SKIP LOCKED
        ),
        claimed AS (
            UPDATE c2c_alert_delivery d SET leased_until = @until
            FROM picked
            WHERE d.subscription_id = picked.subscription_id AND d.alert_id = picked.alert_id
            RETURNING d.subscription_id, d.alert_id, d.alert_seq, d.person_id, d.attempts, d.first_attempt_at, d.next_attempt_at
        )
        SELECT c.subscription_id, c.alert_id, c.alert_seq, c.person_id, s.organization_id, s.client_id, s.url, s.sealed_secret,
               a.body, c.attempts, c.first_attempt_at
        FROM claimed c
        JOIN c2c_webhook_subscription s ON s.subscription_id = c.subscription_id
        JOIN c2c_alert a ON a.seq = c.alert_seq
        ORDER BY c.next_attempt_at, c.alert_seq
        """;

    public async Task<IReadOnlyList<DueDelivery>> ClaimAsync(
        int limit, DateTimeOffset now, TimeSpan lease, IReadOnlyCollection<string> busySubscriptions, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(busySubscriptions);
        await using var command = dataSource.CreateCommand(ClaimSql);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("until", (now + lease).ToUniversalTime());
        command.Parameters.AddWithValue("busy", busySubscriptions.ToArray());
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var claimed = new List<DueDelivery>();
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new DueDelivery(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetInt64(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.GetFieldValue<byte[]>(7),
                reader.GetFieldValue<byte[]>(8),
                reader.GetInt32(9),
                ReaderValues.OptionalTime(reader, 10)));
        }

        return claimed;
    }

    public async Task CompleteAsync(DeliveryUpdate update, CancellationToken cancellationToken)
    {
        AlertArguments.CheckUpdate(update);
        await using var command = dataSource.CreateCommand(
            $"""
            UPDATE c2c_alert_delivery
            SET status = @status, attempts = @attempts, last_response_code = @code, first_attempt_at = @first,
                last_attempt_at = @last, next_attempt_at = @next, leased_until = NULL
            WHERE subscription_id = @subscription AND alert_id = @alert AND {CompletionApplies}
            """);
        command.Parameters.AddWithValue("subscription", update.SubscriptionId);
        command.Parameters.AddWithValue("alert", update.AlertId);
        command.Parameters.AddWithValue("status", update.Status);
        ReaderValues.AddAttempt(
            command, update.Attempts, update.LastResponseCode, update.FirstAttemptAt, update.LastAttemptAt, update.NextAttemptAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DeliveryRecord>> ListAsync(string subscriptionId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var command = dataSource.CreateCommand(
            """
            SELECT alert_id, alert_seq, person_id, status, attempts, last_response_code, queued_at, last_attempt_at, next_attempt_at
            FROM c2c_alert_delivery WHERE subscription_id = @subscription
            ORDER BY alert_seq DESC LIMIT @limit
            """);
        command.Parameters.AddWithValue("subscription", subscriptionId);
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var deliveries = new List<DeliveryRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            deliveries.Add(new DeliveryRecord(
                reader.GetString(0),
                reader.GetInt64(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetInt32(4),
                ReaderValues.OptionalInt(reader, 5),
                reader.GetFieldValue<DateTimeOffset>(6),
                ReaderValues.OptionalTime(reader, 7),
                ReaderValues.OptionalTime(reader, 8)));
        }

        return deliveries;
    }
}
