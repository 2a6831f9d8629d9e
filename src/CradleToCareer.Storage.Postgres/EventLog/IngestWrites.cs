using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;
using CradleToCareer.Storage.Postgres.Identity;
using Npgsql;
using NpgsqlTypes;

namespace CradleToCareer.Storage.Postgres.EventLog;

/// <summary>Writes a batch's plan inside its transaction: identity rows in one round trip, match records and events by binary COPY.</summary>
internal static class IngestWrites
{
    public static async Task WriteIdentityAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IngestPlan plan, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        if (plan.NewPersons.Count > 0)
        {
            var persons = new NpgsqlBatchCommand("INSERT INTO c2c_person (person_id) SELECT unnest(@persons)");
            persons.Parameters.AddWithValue("persons", plan.NewPersons.ToArray());
            batch.BatchCommands.Add(persons);
        }

        if (plan.NewLinks.Count > 0)
        {
            var links = new NpgsqlBatchCommand(
                "INSERT INTO c2c_person_identifier (id_token, person_id) SELECT * FROM unnest(@tokens, @persons)");
            links.Parameters.AddWithValue("tokens", plan.NewLinks.Select(link => link.IdToken).ToArray());
            links.Parameters.AddWithValue("persons", plan.NewLinks.Select(link => link.PersonId).ToArray());
            batch.BatchCommands.Add(links);
        }

        if (plan.Reviews.Count > 0)
        {
            foreach (var command in ReviewRows.Insert(plan.Reviews))
            {
                batch.BatchCommands.Add(command);
            }
        }

        if (plan.Merges.Count > 0)
        {
            batch.BatchCommands.Add(MergeRows.Insert(plan.Merges));
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public static async Task CopyMatchRecordsAsync(
        NpgsqlConnection connection, IReadOnlyList<MatchRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }

        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY c2c_match_record (record_id, person_id, fingerprint_bytes) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var record in records)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(record.RecordId, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(record.PersonId, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(FingerprintBinary.Write(record.Fingerprint), NpgsqlDbType.Bytea, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await CopyMatchKeysAsync(connection, records, cancellationToken);
    }

    /// <summary>One row per (blocking key, record): what a blocking-key grain loads on activation.</summary>
    private static async Task CopyMatchKeysAsync(
        NpgsqlConnection connection, IReadOnlyList<MatchRecord> records, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY c2c_match_key (blocking_key, record_id) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var record in records)
        {
            foreach (var key in record.BlockingKeys.Distinct(StringComparer.Ordinal))
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(key, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(record.RecordId, NpgsqlDbType.Text, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    public static async Task CopyEventsAsync(
        NpgsqlConnection connection, IReadOnlyList<(PendingEvent Event, string PersonId)> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY c2c_event_log (source, event_id, person_id, type, institution_id, content_hash, body) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var (pending, personId) in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(pending.Event.Key.Source, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(pending.Event.Key.Id, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(personId, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(pending.Event.Type, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(pending.InstitutionId, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(pending.ContentHash, NpgsqlDbType.Bytea, cancellationToken);
            await importer.WriteAsync(pending.CanonicalUtf8, NpgsqlDbType.Jsonb, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }
}
