using CradleToCareer.Application.Identity;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.Identity;

/// <summary>The merge journal on PostgreSQL: <c>c2c_identity_merge</c> with its undo, newest first.</summary>
public sealed class PostgresMergeJournal(NpgsqlDataSource dataSource) : IMergeJournal
{
    public async Task<IReadOnlyList<JournaledMerge>> ListMergesAsync(int limit, string? after, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT m.merge_id, m.survivor_id, m.merged_id, m.reason, m.merged_by, m.merged_at, u.reason, u.undone_by, u.undone_at
            FROM c2c_identity_merge m
            LEFT JOIN c2c_identity_merge_undo u ON u.merge_id = m.merge_id
            WHERE @after::text IS NULL
               OR (m.merged_at, m.merge_id) < (SELECT merged_at, merge_id FROM c2c_identity_merge WHERE merge_id = @after)
            ORDER BY m.merged_at DESC, m.merge_id DESC
            LIMIT @limit
            """);
        command.Parameters.AddWithValue("after", (object?)after ?? DBNull.Value);
        command.Parameters.AddWithValue("limit", limit);
        var merges = new List<JournaledMerge>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            merges.Add(new JournaledMerge(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5),
                reader.IsDBNull(7)
                    ? null
                    : new JournaledUndo(reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetString(7), reader.GetFieldValue<DateTimeOffset>(8))));
        }

        return merges;
    }
}
