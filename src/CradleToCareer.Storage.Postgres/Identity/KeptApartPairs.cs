using CradleToCareer.Domain.Identity;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.Identity;

/// <summary>
/// Reads, among the given persons, the pairs a steward kept apart: a review item of the two dismissed as "not the same
/// person" (an item of a matcher's merge dismissed means the opposite, "confirmed", and an item the matcher closed itself
/// is no steward's decision: neither counts), or a merge of the two undone.
/// </summary>
internal static class KeptApartPairs
{
    public static async Task<IReadOnlyList<(string A, string B)>> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        var pairs = new List<(string, string)>();
        if (personIds.Count < 2)
        {
            return pairs;
        }

        await using var command = new NpgsqlCommand(
            """
            SELECT person_id, candidate_id FROM c2c_identity_review
            WHERE dismissed_at IS NOT NULL AND kind <> @merge AND dismissed_by IS DISTINCT FROM @matcher
              AND person_id = ANY(@persons) AND candidate_id = ANY(@persons)
            UNION ALL
            SELECT m.survivor_id, m.merged_id FROM c2c_identity_merge m JOIN c2c_identity_merge_undo u ON u.merge_id = m.merge_id
            WHERE m.survivor_id = ANY(@persons) AND m.merged_id = ANY(@persons)
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("merge", ReviewKinds.MatcherMerge);
        command.Parameters.AddWithValue("matcher", MatcherActor.ClientId);
        command.Parameters.AddWithValue("persons", personIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pairs.Add((reader.GetString(0), reader.GetString(1)));
        }

        return pairs;
    }
}
