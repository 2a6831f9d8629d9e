using CradleToCareer.Domain.Identity;
using CradleToCareer.Application.Identity;
using Npgsql;
using NpgsqlTypes;

namespace CradleToCareer.Storage.Postgres.Identity;

/// <summary>
/// Reads and writes review items. A pair already queued keeps its first item, except that a matcher's merge takes the
/// pair's item over (reopened if it was dismissed), so stewards always see what the matcher merged.
/// </summary>
internal static class ReviewRows
{
    /// <summary>The columns <see cref="Read"/> reads, in its order.</summary>
    public const string Columns = "review_id, kind, person_id, candidate_id, score, evidence::text, reasons::text, created_at";

    /// <summary>Not dismissed, and for a matcher's merge the two persons still merged; for the other kinds still apart.</summary>
    public const string Open =
        "dismissed_at IS NULL AND (c2c_canonical_person(person_id) = c2c_canonical_person(candidate_id)) = (kind = '" + ReviewKinds.MatcherMerge + "')";

    /// <summary>One item from a row of <see cref="Columns"/>.</summary>
    public static ReviewItem Read(NpgsqlDataReader reader)
    {
        var (fields, systems) = IdentityJson.ReadEvidence(reader.GetString(5));
        return new ReviewItem(
            reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetDouble(4), fields, IdentityJson.ReadReasons(reader.GetString(6)), systems,
            reader.GetFieldValue<DateTimeOffset>(7));
    }

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

    /// <summary>
    /// Gives open items a new score, evidence and reasons; those in <paramref name="closed"/> are closed as the matcher's
    /// at <paramref name="at"/>.
    /// </summary>
    public static NpgsqlBatchCommand Rescore(IReadOnlyList<ReviewItem> kept, IReadOnlyList<ReviewItem> closed, DateTimeOffset at)
    {
        var items = kept.Concat(closed).ToList();
        var command = new NpgsqlBatchCommand(
            """
            UPDATE c2c_identity_review r
            SET score = u.score, evidence = u.evidence::jsonb, reasons = u.reasons::jsonb,
                dismissed_at = CASE WHEN u.closed THEN @at END, dismissed_by = CASE WHEN u.closed THEN @matcher END
            FROM unnest(@ids, @scores, @evidence, @reasons, @closed) AS u(id, score, evidence, reasons, closed)
            WHERE r.review_id = u.id AND r.dismissed_at IS NULL
            """);
        command.Parameters.AddWithValue("ids", items.Select(r => r.ReviewId).ToArray());
        command.Parameters.Add(Scores(items));
        command.Parameters.AddWithValue("evidence", items.Select(IdentityJson.Write).ToArray());
        command.Parameters.AddWithValue("reasons", items.Select(r => IdentityJson.Write(r.Reasons)).ToArray());
        command.Parameters.AddWithValue("closed", items.Select((_, i) => i >= kept.Count).ToArray());
        command.Parameters.AddWithValue("at", at.ToUniversalTime());
        command.Parameters.AddWithValue("matcher", MatcherActor.ClientId);
        return command;
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
        command.Parameters.Add(Scores(reviews));
        command.Parameters.AddWithValue("evidence", reviews.Select(IdentityJson.Write).ToArray());
        command.Parameters.AddWithValue("reasons", reviews.Select(r => IdentityJson.Write(r.Reasons)).ToArray());
        command.Parameters.AddWithValue("at", reviews.Select(r => r.CreatedAt.ToUniversalTime()).ToArray());
        return command;
    }

    private static NpgsqlParameter Scores(IReadOnlyList<ReviewItem> reviews) =>
        new("scores", NpgsqlDbType.Array | NpgsqlDbType.Double) { Value = reviews.Select(r => r.Score).ToArray() };
}
