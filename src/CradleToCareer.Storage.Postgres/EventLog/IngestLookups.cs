using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Storage.Postgres.Identity;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.EventLog;

/// <summary>
/// What the ingest planner needs looked up for a batch, read inside the batch's transaction (the links also without one,
/// for the preview before the batch takes its turn).
/// </summary>
internal static class IngestLookups
{
    /// <summary>The events of the batch the log already holds, and the persons its identifiers are linked to.</summary>
    public static async Task<(Dictionary<EventKey, LoggedEventRef> Logged, IdentityLookup Identity)> ReadPlannerInputsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<PendingEvent> batch, CancellationToken cancellationToken)
    {
        var logged = await ReadLoggedAsync(connection, transaction, IngestPlanner.KeysToLookUp(batch), cancellationToken);
        var links = await ReadLinksAsync(connection, transaction, IngestPlanner.TokensToLookUp(batch), cancellationToken);
        var known = links.Values.Concat(logged.Values.Select(e => e.PersonId));
        return (logged, new IdentityLookup(links, await PersonSurvivors.ReadAsync(connection, transaction, known, cancellationToken)));
    }

    public static async Task<Dictionary<EventKey, LoggedEventRef>> ReadLoggedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<EventKey> keys, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT l.source, l.event_id, l.person_id, l.content_hash
            FROM unnest(@sources, @ids) AS k(source, event_id)
            JOIN c2c_event_log l ON l.source = k.source AND l.event_id = k.event_id
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("sources", keys.Select(key => key.Source).ToArray());
        command.Parameters.AddWithValue("ids", keys.Select(key => key.Id).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var logged = new Dictionary<EventKey, LoggedEventRef>();
        while (await reader.ReadAsync(cancellationToken))
        {
            logged[new EventKey(reader.GetString(0), reader.GetString(1))] =
                new LoggedEventRef(reader.GetString(2), (byte[])reader[3]);
        }

        return logged;
    }

    public static async Task<Dictionary<string, string>> ReadLinksAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyCollection<string> tokens, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT id_token, person_id FROM c2c_person_identifier WHERE id_token = ANY(@tokens)",
            connection,
            transaction);
        command.Parameters.AddWithValue("tokens", tokens.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            links[reader.GetString(0)] = reader.GetString(1);
        }

        return links;
    }
}
