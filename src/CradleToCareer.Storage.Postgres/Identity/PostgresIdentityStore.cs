using CradleToCareer.Domain.Identity;
using CradleToCareer.Application.Identity;
using CradleToCareer.Storage.Postgres.Grouping;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.Identity;

/// <summary>
/// Reviews, merges and undos on PostgreSQL. Merges and undos take the decisions lock alone (<see cref="IdentityLocks"/>),
/// so no batch decides identity halfway through one; the journal tables are append-only.
/// </summary>
/// <remarks>
/// The lookups every student route makes (<see cref="CanonicalAsync(string, CancellationToken)"/>) are
/// grouped: the lookups waiting at one moment are answered by one query.
/// </remarks>
public sealed class PostgresIdentityStore(NpgsqlDataSource dataSource) : IIdentityStore, IAsyncDisposable
{
    /// <summary>The most person ids one grouped lookup asks for.</summary>
    private const int MaxLookupGroup = 256;

    /// <summary>The most grouped lookups running at once.</summary>
    private const int MaxLookupsInFlight = 4;

    /// <summary>
    /// The person <c>p.person_id</c> stands for now. Only an id that was merged away can stand for another,
    /// so the merge function runs only for those.
    /// </summary>
    private const string CanonicalOfRow =
        """
        CASE WHEN EXISTS (SELECT 1 FROM c2c_identity_merge m WHERE m.merged_id = p.person_id)
             THEN c2c_canonical_person(p.person_id) ELSE p.person_id END
        """;

    private readonly GroupedCalls<string, string?> _lookups = new(persons => CanonicalsAsync(dataSource, persons), MaxLookupGroup, MaxLookupsInFlight);

    public Task<string?> CanonicalAsync(string personId, CancellationToken cancellationToken) =>
        _lookups.SubmitAsync(personId, cancellationToken);

    public async Task<ReviewPage> ListReviewsAsync(int limit, string? after, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT {ReviewRows.Columns}
            FROM c2c_identity_review
            WHERE {ReviewRows.Open}
              AND (@after::text IS NULL
                   OR (created_at, review_id) > (SELECT created_at, review_id FROM c2c_identity_review WHERE review_id = @after))
            ORDER BY created_at, review_id
            LIMIT @limit
            """);
        command.Parameters.AddWithValue("after", (object?)after ?? DBNull.Value);
        command.Parameters.AddWithValue("limit", limit);
        var items = new List<ReviewItem>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(ReviewRows.Read(reader));
            }
        }

        await using var count = dataSource.CreateCommand($"SELECT count(*) FROM c2c_identity_review WHERE {ReviewRows.Open}");
        return new ReviewPage(Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken)), items);
    }

    public async Task<bool> DismissReviewAsync(string reviewId, string stewardClientId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            UPDATE c2c_identity_review SET dismissed_at = @at, dismissed_by = @by
            WHERE review_id = @review AND dismissed_at IS NULL
            """);
        command.Parameters.AddWithValue("review", reviewId);
        command.Parameters.AddWithValue("by", stewardClientId);
        command.Parameters.AddWithValue("at", at.ToUniversalTime());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<MergeOutcome> MergeAsync(MergeRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await IdentityLocks.AcquireAloneAsync(connection, cancellationToken);
        try
        {
            var survivor = await CanonicalAsync(connection, request.SurvivorId, cancellationToken);
            var merged = await CanonicalAsync(connection, request.MergedId, cancellationToken);
            var refusal = MergeRules.Check(request, survivor, merged);
            if (refusal is not null)
            {
                return refusal;
            }

            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO c2c_identity_merge (merge_id, survivor_id, merged_id, reason, merged_by, merged_at)
                VALUES (@merge, @survivor, @merged, @reason, @by, @at)
                """,
                connection);
            insert.Parameters.AddWithValue("merge", request.MergeId);
            insert.Parameters.AddWithValue("survivor", request.SurvivorId);
            insert.Parameters.AddWithValue("merged", request.MergedId);
            insert.Parameters.AddWithValue("reason", request.Reason);
            insert.Parameters.AddWithValue("by", request.StewardClientId);
            insert.Parameters.AddWithValue("at", request.At.ToUniversalTime());
            await insert.ExecuteNonQueryAsync(cancellationToken);
            return new MergeOutcome(MergeStatus.Merged, request.SurvivorId, request.MergedId);
        }
        finally
        {
            await IdentityLocks.ReleaseAllAsync(connection);
        }
    }

    public async Task<UndoOutcome> UndoAsync(UndoRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await IdentityLocks.AcquireAloneAsync(connection, cancellationToken);
        try
        {
            await using var find = new NpgsqlCommand(
                """
                SELECT m.survivor_id, m.merged_id, EXISTS (SELECT 1 FROM c2c_identity_merge_undo u WHERE u.merge_id = m.merge_id)
                FROM c2c_identity_merge m WHERE m.merge_id = @merge
                """,
                connection);
            find.Parameters.AddWithValue("merge", request.MergeId);
            string survivor, merged;
            await using (var reader = await find.ExecuteReaderAsync(cancellationToken))
            {
                if (!await reader.ReadAsync(cancellationToken))
                {
                    return new UndoOutcome(UndoStatus.NotFound);
                }

                (survivor, merged) = (reader.GetString(0), reader.GetString(1));
                if (reader.GetBoolean(2))
                {
                    return new UndoOutcome(UndoStatus.AlreadyUndone, survivor, merged);
                }
            }

            await using var insert = new NpgsqlCommand(
                "INSERT INTO c2c_identity_merge_undo (merge_id, reason, undone_by, undone_at) VALUES (@merge, @reason, @by, @at)",
                connection);
            insert.Parameters.AddWithValue("merge", request.MergeId);
            insert.Parameters.AddWithValue("reason", (object?)request.Reason ?? DBNull.Value);
            insert.Parameters.AddWithValue("by", request.StewardClientId);
            insert.Parameters.AddWithValue("at", request.At.ToUniversalTime());
            await insert.ExecuteNonQueryAsync(cancellationToken);
            return new UndoOutcome(UndoStatus.Undone, survivor, merged);
        }
        finally
        {
            await IdentityLocks.ReleaseAllAsync(connection);
        }
    }

    public ValueTask DisposeAsync() => _lookups.DisposeAsync();

    private static async Task<string?> CanonicalAsync(NpgsqlConnection connection, string personId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {CanonicalOfRow} FROM c2c_person p WHERE p.person_id = @person", connection);
        command.Parameters.AddWithValue("person", personId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static async Task<IReadOnlyList<string?>> CanonicalsAsync(NpgsqlDataSource dataSource, IReadOnlyList<string> persons)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT p.person_id, {CanonicalOfRow} FROM c2c_person p WHERE p.person_id = ANY(@persons)");
        command.Parameters.AddWithValue("persons", persons.Distinct(StringComparer.Ordinal).ToArray());
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                canonical[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return [.. persons.Select(person => canonical.GetValueOrDefault(person))];
    }
}
