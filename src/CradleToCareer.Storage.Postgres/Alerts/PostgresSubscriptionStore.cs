using CradleToCareer.Domain.Alerts;
using CradleToCareer.Application.Alerts;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.Alerts;

/// <summary>
/// The durable subscriptions (table <c>c2c_webhook_subscription</c>). Creating one is one round trip and one
/// transaction that holds the organization's creation lock while it counts the active ones. Ending one is one round trip and one
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

    /// <summary>
    /// Serialises the creations of one organization (transaction-level advisory lock on the pair (this store, a hash of
    /// the organization id)), so the count of its active subscriptions cannot change between reading and inserting.
    /// </summary>
    private static readonly string OrganizationLock = $"SELECT pg_advisory_xact_lock({CreationLockSpace}, hashtext(@organization))";

    private const int CreationLockSpace = 0x0C2C_0003;

    /// <summary>Inserts unless the id is taken or the organization is at its limit; answers (inserted, active before).</summary>
    private const string CreateSql =
        $"""
        WITH active AS (
            SELECT count(*) AS n FROM c2c_webhook_subscription
            WHERE organization_id = @organization AND status = '{SubscriptionStatus.Active}'
        ), inserted AS (
            INSERT INTO c2c_webhook_subscription
                (subscription_id, organization_id, client_id, url, milestones, sealed_secret, created_at, status, ended_at)
            SELECT @id, @organization, @client, @url, @milestones, @secret, @created, @status, @ended
            FROM active WHERE active.n < @limit
            ON CONFLICT (subscription_id) DO NOTHING
            RETURNING 1
        )
        SELECT (SELECT count(*) FROM inserted), (SELECT n FROM active)
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

    public async Task<SubscriptionCreation> CreateAsync(StoredSubscription subscription, int activeLimit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        var lockOrganization = new NpgsqlBatchCommand(OrganizationLock);
        lockOrganization.Parameters.AddWithValue("organization", subscription.OrganizationId);
        batch.BatchCommands.Add(lockOrganization);
        var create = new NpgsqlBatchCommand(CreateSql);
        create.Parameters.AddWithValue("id", subscription.SubscriptionId);
        create.Parameters.AddWithValue("organization", subscription.OrganizationId);
        create.Parameters.AddWithValue("client", subscription.ClientId);
        create.Parameters.AddWithValue("url", subscription.Url);
        create.Parameters.AddWithValue("milestones", subscription.Milestones.ToArray());
        create.Parameters.AddWithValue("secret", subscription.SealedSecret);
        create.Parameters.AddWithValue("created", subscription.CreatedAt.ToUniversalTime());
        create.Parameters.AddWithValue("status", subscription.Status);
        create.Parameters.AddWithValue("ended", NpgsqlTypes.NpgsqlDbType.TimestampTz, ReaderValues.Time(subscription.EndedAt));
        create.Parameters.AddWithValue("limit", (long)activeLimit);
        batch.BatchCommands.Add(create);

        // The lock's row is the first result, the creation's counts the second.
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (inserted, active) = (reader.GetInt64(0), reader.GetInt64(1));
        return inserted == 1 ? SubscriptionCreation.Created
            : active >= activeLimit ? SubscriptionCreation.LimitReached
            : SubscriptionCreation.IdTaken;
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
