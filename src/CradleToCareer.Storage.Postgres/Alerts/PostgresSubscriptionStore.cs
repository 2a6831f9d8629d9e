using CradleToCareer.Domain.Alerts;
using CradleToCareer.Application.Alerts;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.Alerts;

/// <summary>
/// The durable subscriptions (table <c>c2c_webhook_subscription</c>). Ending one is one round trip and one
/// transaction that takes the <see cref="FanOutLock"/> exclusively, so no alert append is queueing deliveries to it
/// while its pending deliveries are cancelled.
/// </summary>
public sealed class PostgresSubscriptionStore(NpgsqlDataSource dataSource) : ISubscriptionStore
{
    private const string SelectSubscription =
        """
        SELECT subscription_id, organization_id, client_id, url, milestones, sealed_secret, created_at, status, ended_at
        FROM c2c_webhook_subscription WHERE subscription_id = @id
        """;

    private const string EndSql =
        $"""
        WITH ended AS (
            UPDATE c2c_webhook_subscription SET status = @status, ended_at = @at
            WHERE subscription_id = @id AND status = '{SubscriptionStatus.Active}'
            RETURNING subscription_id
        )
        UPDATE c2c_alert_delivery SET status = '{DeliveryStatus.Cancelled}', next_attempt_at = NULL, leased_until = NULL
        WHERE subscription_id IN (SELECT subscription_id FROM ended) AND status = '{DeliveryStatus.Pending}'
        """;

    public async Task<bool> CreateAsync(StoredSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO c2c_webhook_subscription
                (subscription_id, organization_id, client_id, url, milestones, sealed_secret, created_at, status, ended_at)
            VALUES (@id, @organization, @client, @url, @milestones, @secret, @created, @status, @ended)
            ON CONFLICT (subscription_id) DO NOTHING
            """);
        command.Parameters.AddWithValue("id", subscription.SubscriptionId);
        command.Parameters.AddWithValue("organization", subscription.OrganizationId);
        command.Parameters.AddWithValue("client", subscription.ClientId);
        command.Parameters.AddWithValue("url", subscription.Url);
        command.Parameters.AddWithValue("milestones", subscription.Milestones.ToArray());
        command.Parameters.AddWithValue("secret", subscription.SealedSecret);
        command.Parameters.AddWithValue("created", subscription.CreatedAt.ToUniversalTime());
        command.Parameters.AddWithValue("status", subscription.Status);
        command.Parameters.AddWithValue("ended", NpgsqlTypes.NpgsqlDbType.TimestampTz, ReaderValues.Time(subscription.EndedAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<StoredSubscription?> FindAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(SelectSubscription);
        command.Parameters.AddWithValue("id", subscriptionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ReadOneAsync(reader, cancellationToken);
    }

    public async Task<StoredSubscription?> EndAsync(string subscriptionId, string status, DateTimeOffset at, CancellationToken cancellationToken)
    {
        AlertArguments.CheckEndStatus(status);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(FanOutLock.Exclusive));
        var end = new NpgsqlBatchCommand(EndSql);
        end.Parameters.AddWithValue("id", subscriptionId);
        end.Parameters.AddWithValue("status", status);
        end.Parameters.AddWithValue("at", at.ToUniversalTime());
        batch.BatchCommands.Add(end);
        var read = new NpgsqlBatchCommand(SelectSubscription);
        read.Parameters.AddWithValue("id", subscriptionId);
        batch.BatchCommands.Add(read);

        // The lock's row is the first result; the update returns none, so the next result is the subscription.
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        return await ReadOneAsync(reader, cancellationToken);
    }

    private static async Task<StoredSubscription?> ReadOneAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new StoredSubscription(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3),
            reader.GetFieldValue<string[]>(4),
            reader.GetFieldValue<byte[]>(5),
            reader.GetFieldValue<DateTimeOffset>(6),
            reader.GetString(7),
            ReaderValues.OptionalTime(reader, 8));
    }
}
