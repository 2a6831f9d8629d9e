using CradleToCareer.Domain.Research;
using CradleToCareer.Storage.Postgres.Alerts;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.Research;

/// <summary>Reading a row of <c>c2c_research_extract</c> back into an extract.</summary>
internal static class ExtractColumns
{
    /// <summary>The columns <see cref="Read"/> expects, in order.</summary>
    public const string Select =
        """
        extract_id, project_id, organization_id, requested_by, requested_at, status, attempt, processed, total,
        summary_rows, summary_generalized, summary_dropped, summary_bytes, finished_at, failure
        """;

    public static ResearchExtract Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetFieldValue<DateTimeOffset>(4),
        reader.GetString(5),
        reader.GetInt32(6),
        reader.GetInt64(7),
        reader.IsDBNull(8) ? null : reader.GetInt64(8),
        reader.IsDBNull(9) ? null : new ExtractSummary(reader.GetInt64(9), reader.GetInt64(10), reader.GetInt64(11), reader.GetInt64(12)),
        ReaderValues.OptionalTime(reader, 13),
        reader.IsDBNull(14) ? null : reader.GetString(14));

    public static async Task<IReadOnlyList<ResearchExtract>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var extracts = new List<ResearchExtract>();
        while (await reader.ReadAsync(cancellationToken))
        {
            extracts.Add(Read(reader));
        }

        return extracts;
    }
}
