using CradleToCareer.Domain.Identity;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.Identity;

/// <summary>The matcher's merges, in the journal a steward's merges go to (so they are undone the same way).</summary>
internal static class MergeRows
{
    public static NpgsqlBatchCommand Insert(IReadOnlyList<MergeRequest> merges)
    {
        var insert = new NpgsqlBatchCommand(
            """
            INSERT INTO c2c_identity_merge (merge_id, survivor_id, merged_id, reason, merged_by, merged_at)
            SELECT * FROM unnest(@merges, @survivors, @merged, @reasons, @by, @at)
            """);
        insert.Parameters.AddWithValue("merges", merges.Select(m => m.MergeId).ToArray());
        insert.Parameters.AddWithValue("survivors", merges.Select(m => m.SurvivorId).ToArray());
        insert.Parameters.AddWithValue("merged", merges.Select(m => m.MergedId).ToArray());
        insert.Parameters.AddWithValue("reasons", merges.Select(m => m.Reason).ToArray());
        insert.Parameters.AddWithValue("by", merges.Select(m => m.StewardClientId).ToArray());
        insert.Parameters.AddWithValue("at", merges.Select(m => m.At.ToUniversalTime()).ToArray());
        return insert;
    }
}
