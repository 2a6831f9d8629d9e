using CradleToCareer.Application.Exchange;
using CradleToCareer.Domain.Transcripts.Requests;
using Npgsql;
using NpgsqlTypes;

namespace CradleToCareer.Storage.Postgres.Exchange;

/// <summary>
/// Transcript requests (table <c>c2c_transcript_request</c>). A move is one statement: the status changes only from
/// one it may change from, the history grows, and the push announcing it joins the outbox, all or nothing.
/// </summary>
public sealed class PostgresTranscriptRequestStore(NpgsqlDataSource dataSource) : ITranscriptRequestStore
{
    private const string MoveSql =
        $"""
        WITH moved AS (
            UPDATE c2c_transcript_request
            SET status = @status,
                person_id = coalesce(@person, person_id),
                transcript_id = coalesce(@transcript, transcript_id),
                history = history || @change::jsonb
            WHERE request_id = @id AND status = ANY (@from)
            RETURNING request_id, delivery_url
        ),
        pushed AS (
            INSERT INTO c2c_transcript_request_push (request_id, status, body, push_status, attempts, queued_at, next_attempt_at)
            SELECT request_id, @status, @push, 'pending', 0, @at, @at FROM moved
            WHERE delivery_url IS NOT NULL AND @push IS NOT NULL
            RETURNING 1
        )
        SELECT count(*) FROM moved
        """;

    public async Task AddAsync(TranscriptRequestRecord request, byte[]? sealedSecret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO c2c_transcript_request
                (request_id, organization_id, client_id, request, person_id, status, transcript_id, received_at, history, delivery_url, sealed_secret)
            VALUES (@id, @organization, @client, @request::jsonb, @person, @status, @transcript, @received, @history::jsonb, @url, @secret)
            """);
        command.Parameters.AddWithValue("id", request.RequestId);
        command.Parameters.AddWithValue("organization", request.OrganizationId);
        command.Parameters.AddWithValue("client", request.ClientId);
        command.Parameters.AddWithValue("request", RequestColumns.RequestJson(request.Request));
        command.Parameters.AddWithValue("person", NpgsqlDbType.Text, (object?)request.PersonId ?? DBNull.Value);
        command.Parameters.AddWithValue("status", request.Status);
        command.Parameters.AddWithValue("transcript", NpgsqlDbType.Text, (object?)request.TranscriptId ?? DBNull.Value);
        command.Parameters.AddWithValue("received", request.ReceivedAt.ToUniversalTime());
        command.Parameters.AddWithValue("history", RequestColumns.HistoryJson(request.History));
        command.Parameters.AddWithValue("url", NpgsqlDbType.Text, (object?)request.Request.DeliveryUrl ?? DBNull.Value);
        command.Parameters.AddWithValue("secret", NpgsqlDbType.Bytea, (object?)sealedSecret ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<TranscriptRequestRecord?> FindAsync(string requestId, CancellationToken cancellationToken) =>
        FindWhereAsync("request_id = @key", requestId, cancellationToken);

    public Task<TranscriptRequestRecord?> FindByTranscriptAsync(string transcriptId, CancellationToken cancellationToken) =>
        FindWhereAsync("transcript_id = @key", transcriptId, cancellationToken);

    public async Task<IReadOnlyList<TranscriptRequestRecord>> ListAsync(
        string organizationId, string? status, string? after, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT {RequestColumns.Select} FROM c2c_transcript_request r
            WHERE organization_id = @organization
              AND (@status::text IS NULL OR status = @status)
              AND (@after::text IS NULL OR (received_at, request_id) < (
                  SELECT received_at, request_id FROM c2c_transcript_request WHERE request_id = @after AND organization_id = @organization))
            ORDER BY received_at DESC, request_id DESC
            LIMIT @limit
            """);
        command.Parameters.AddWithValue("organization", organizationId);
        command.Parameters.AddWithValue("status", NpgsqlDbType.Text, (object?)status ?? DBNull.Value);
        command.Parameters.AddWithValue("after", NpgsqlDbType.Text, (object?)after ?? DBNull.Value);
        command.Parameters.AddWithValue("limit", limit);
        return await RequestColumns.ReadAllAsync(command, cancellationToken);
    }

    public async Task<bool> MoveAsync(RequestMove move, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(move);
        await using var command = dataSource.CreateCommand(MoveSql);
        command.Parameters.AddWithValue("id", move.RequestId);
        command.Parameters.AddWithValue("from", move.From.ToArray());
        command.Parameters.AddWithValue("status", move.Change.Status);
        command.Parameters.AddWithValue("person", NpgsqlDbType.Text, (object?)move.PersonId ?? DBNull.Value);
        command.Parameters.AddWithValue("transcript", NpgsqlDbType.Text, (object?)move.TranscriptId ?? DBNull.Value);
        command.Parameters.AddWithValue("change", RequestColumns.ChangeJson(move.Change));
        command.Parameters.AddWithValue("push", NpgsqlDbType.Bytea, (object?)move.Push ?? DBNull.Value);
        command.Parameters.AddWithValue("at", move.Change.At.ToUniversalTime());
        return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L) == 1;
    }

    public async Task ResolveAsync(string requestId, string personId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE c2c_transcript_request SET person_id = @person WHERE request_id = @id AND status = 'awaiting-consent'");
        command.Parameters.AddWithValue("id", requestId);
        command.Parameters.AddWithValue("person", personId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TranscriptRequestRecord>> AwaitingAsync(string organizationId, string personId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT {RequestColumns.Select} FROM c2c_transcript_request
            WHERE organization_id = @organization AND person_id = @person AND status = '{TranscriptRequestStatus.AwaitingConsent}'
            ORDER BY received_at, request_id
            """);
        command.Parameters.AddWithValue("organization", organizationId);
        command.Parameters.AddWithValue("person", personId);
        return await RequestColumns.ReadAllAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<TranscriptRequestRecord>> WaitingForAsync(string personId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT {RequestColumns.Select} FROM c2c_transcript_request r
            WHERE person_id = @person AND status = '{TranscriptRequestStatus.AwaitingConsent}'
              AND NOT EXISTS (SELECT 1 FROM c2c_transcript_request_decline d WHERE d.request_id = r.request_id)
            ORDER BY received_at, request_id
            """);
        command.Parameters.AddWithValue("person", personId);
        return await RequestColumns.ReadAllAsync(command, cancellationToken);
    }

    public async Task<bool> DeclineAsync(string requestId, string personId, DateTimeOffset declinedAt, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            WITH waiting AS (
                SELECT request_id FROM c2c_transcript_request
                WHERE request_id = @id AND person_id = @person AND status = '{TranscriptRequestStatus.AwaitingConsent}'
            ),
            declined AS (
                INSERT INTO c2c_transcript_request_decline (request_id, person_id, declined_at)
                SELECT request_id, @person, @at FROM waiting
                ON CONFLICT (request_id) DO NOTHING
                RETURNING 1
            )
            SELECT count(*) FROM waiting
            """);
        command.Parameters.AddWithValue("id", requestId);
        command.Parameters.AddWithValue("person", personId);
        command.Parameters.AddWithValue("at", declinedAt.ToUniversalTime());
        return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L) == 1;
    }

    public async Task<IReadOnlyList<TranscriptRequestRecord>> InStatusAsync(
        string status, DateTimeOffset receivedBefore, string? after, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT {RequestColumns.Select} FROM c2c_transcript_request
            WHERE status = @status AND received_at < @before
              AND (@after::text IS NULL OR (received_at, request_id) > (
                  SELECT received_at, request_id FROM c2c_transcript_request WHERE request_id = @after))
            ORDER BY received_at, request_id
            LIMIT @limit
            """);
        command.Parameters.AddWithValue("status", status);
        command.Parameters.AddWithValue("before", receivedBefore.ToUniversalTime());
        command.Parameters.AddWithValue("after", NpgsqlDbType.Text, (object?)after ?? DBNull.Value);
        command.Parameters.AddWithValue("limit", limit);
        return await RequestColumns.ReadAllAsync(command, cancellationToken);
    }

    private async Task<TranscriptRequestRecord?> FindWhereAsync(string condition, string key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {RequestColumns.Select} FROM c2c_transcript_request WHERE {condition}");
        command.Parameters.AddWithValue("key", key);
        return (await RequestColumns.ReadAllAsync(command, cancellationToken)) is [var request] ? request : null;
    }
}
