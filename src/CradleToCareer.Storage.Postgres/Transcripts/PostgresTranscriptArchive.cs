using CradleToCareer.Application.Transcripts;
using Npgsql;
using NpgsqlTypes;

namespace CradleToCareer.Storage.Postgres.Transcripts;

/// <summary>
/// The durable transcript archive (table <c>c2c_issued_transcript</c>). The table refuses UPDATE, DELETE and
/// TRUNCATE for every role, so a kept transcript cannot change.
/// </summary>
public sealed class PostgresTranscriptArchive(NpgsqlDataSource dataSource) : ITranscriptArchive
{
    public async Task AddAsync(IssuedTranscript transcript, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(transcript.Document);
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO c2c_issued_transcript (transcript_id, person_id, recipient_org_id, level, issued_at, document, verification_code)
            VALUES (@id, @person, @recipient, @level, @issued, @document, @code)
            ON CONFLICT (transcript_id) DO NOTHING
            """);
        command.Parameters.AddWithValue("id", transcript.TranscriptId);
        command.Parameters.AddWithValue("person", transcript.PersonId);
        command.Parameters.AddWithValue("recipient", transcript.RecipientOrgId);
        command.Parameters.AddWithValue("level", transcript.Level);
        command.Parameters.AddWithValue("issued", transcript.IssuedAt.ToUniversalTime());
        command.Parameters.AddWithValue("document", transcript.Document);
        command.Parameters.AddWithValue("code", NpgsqlDbType.Text, (object?)transcript.VerificationCode ?? DBNull.Value);
        if (await command.ExecuteNonQueryAsync(ct) == 0)
        {
            throw new TranscriptIdTakenException(transcript.TranscriptId);
        }
    }

    public async Task<IssuedTranscript?> FindAsync(string transcriptId, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT person_id, recipient_org_id, level, issued_at, document, verification_code
            FROM c2c_issued_transcript WHERE transcript_id = @id
            """);
        command.Parameters.AddWithValue("id", transcriptId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        return new IssuedTranscript(
            transcriptId,
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetFieldValue<DateTimeOffset>(3),
            reader.GetFieldValue<byte[]>(4),
            reader.IsDBNull(5) ? null : reader.GetString(5));
    }
}
