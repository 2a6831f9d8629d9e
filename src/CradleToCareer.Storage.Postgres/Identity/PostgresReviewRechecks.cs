using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Identity;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.Identity;

/// <summary>
/// Re-checks open possible matches on PostgreSQL: per page, holding the decisions lock alone (<see cref="IdentityLocks"/>)
/// and in one transaction, reads the items with what their persons stand for now and which pairs a steward kept apart,
/// plans, and writes merges and items the way a batch's identity decisions are written.
/// </summary>
public sealed class PostgresReviewRechecks(NpgsqlDataSource dataSource) : IReviewRecheckStore
{
    public async Task<RecheckPage> RecheckAsync(ReviewRecheck recheck, string? after, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recheck);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await IdentityLocks.AcquireAloneAsync(connection, cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var open = await ReadOpenAsync(connection, transaction, after, limit, cancellationToken);
            var persons = open.SelectMany(item => new[] { item.PersonId, item.CandidateId }).ToHashSet(StringComparer.Ordinal);
            var identity = new IdentityLookup(
                new Dictionary<string, string>(), await PersonSurvivors.ReadAsync(connection, transaction, persons, cancellationToken));
            persons.UnionWith(persons.Select(identity.CanonicalOf).ToList());
            identity = identity.WithKeptApart(await KeptApartPairs.ReadAsync(connection, transaction, persons, cancellationToken));

            var plan = recheck.Plan(open, identity);
            await WriteAsync(connection, transaction, plan, recheck.Now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new RecheckPage(plan, open.Count, open.Count == 0 ? after : open[^1].ReviewId);
        }
        finally
        {
            await IdentityLocks.ReleaseAllAsync(connection);
        }
    }

    private static async Task<IReadOnlyList<ReviewItem>> ReadOpenAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string? after, int limit, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT {ReviewRows.Columns} FROM c2c_identity_review
            WHERE kind = @kind AND {ReviewRows.Open} AND (@after::text IS NULL OR review_id > @after COLLATE "C")
            ORDER BY review_id COLLATE "C"
            LIMIT @limit
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("kind", ReviewKinds.PossibleMatch);
        command.Parameters.AddWithValue("after", (object?)after ?? DBNull.Value);
        command.Parameters.AddWithValue("limit", limit);
        var items = new List<ReviewItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(ReviewRows.Read(reader));
        }

        return items;
    }

    private static async Task WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ReviewRecheckPlan plan, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        if (plan.Merges.Count > 0)
        {
            batch.BatchCommands.Add(MergeRows.Insert(plan.Merges));
            foreach (var command in ReviewRows.Insert(plan.MergeItems))
            {
                batch.BatchCommands.Add(command);
            }
        }

        if (plan.Rescored.Count + plan.Closed.Count > 0)
        {
            batch.BatchCommands.Add(ReviewRows.Rescore(plan.Rescored, plan.Closed, at));
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
