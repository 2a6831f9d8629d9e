using CradleToCareer.Domain.Identity;
using CradleToCareer.Application.Identity;
using Npgsql;
using NpgsqlTypes;

namespace CradleToCareer.Storage.Postgres.Identity;

/// <summary>
/// Writes review items; a pair already queued keeps its first item, except that a matcher's merge takes the pair's item
/// over (reopened if it was dismissed), so stewards always see what the matcher merged.
/// </summary>
internal static class ReviewRows
{
    public static IEnumerable<NpgsqlBatchCommand> Insert(IReadOnlyList<ReviewItem> reviews)
    {
        var merges = reviews.Where(r => r.Kind == ReviewKinds.MatcherMerge).ToList();
        var others = reviews.Where(r => r.Kind != ReviewKinds.MatcherMerge).ToList();
        if (others.Count > 0)
        {
            yield return Command(others, "DO NOTHING");
        }

        if (merges.Count > 0)
        {
            yield return Command(merges, """
                DO UPDATE SET kind = excluded.kind, score = excluded.score, evidence = excluded.evidence,
                    reasons = excluded.reasons, created_at = excluded.created_at, dismissed_at = NULL, dismissed_by = NULL
                """);
        }
    }

    private static NpgsqlBatchCommand Command(IReadOnlyList<ReviewItem> reviews, string onConflict)
    {
        var command = new NpgsqlBatchCommand(
            $"""
            INSERT INTO c2c_identity_review (review_id, kind, person_id, candidate_id, score, evidence, reasons, created_at)
            SELECT r.id, r.kind, r.person, r.candidate, r.score, r.evidence::jsonb, r.reasons::jsonb, r.at
            FROM unnest(@ids, @kinds, @persons, @candidates, @scores, @evidence, @reasons, @at)
                AS r(id, kind, person, candidate, score, evidence, reasons, at)
            ON CONFLICT (person_id, candidate_id) {onConflict}
            """);
        command.Parameters.AddWithValue("ids", reviews.Select(r => r.ReviewId).ToArray());
        command.Parameters.AddWithValue("kinds", reviews.Select(r => r.Kind).ToArray());
        command.Parameters.AddWithValue("persons", reviews.Select(r => r.PersonId).ToArray());
        command.Parameters.AddWithValue("candidates", reviews.Select(r => r.CandidateId).ToArray());
        command.Parameters.Add(new NpgsqlParameter("scores", NpgsqlDbType.Array | NpgsqlDbType.Double)
        {
            Value = reviews.Select(r => r.Score).ToArray(),
        });
        command.Parameters.AddWithValue("evidence", reviews.Select(IdentityJson.Write).ToArray());
        command.Parameters.AddWithValue("reasons", reviews.Select(r => IdentityJson.Write(r.Reasons)).ToArray());
        command.Parameters.AddWithValue("at", reviews.Select(r => r.CreatedAt.ToUniversalTime()).ToArray());
        return command;
    }
}
