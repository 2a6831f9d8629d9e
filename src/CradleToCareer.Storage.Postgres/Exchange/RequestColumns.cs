using System.Text.Json;
using CradleToCareer.Domain.Transcripts.Requests;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.Exchange;

/// <summary>The JSON columns of <c>c2c_transcript_request</c>, and reading a row back into a request.</summary>
internal static class RequestColumns
{
    /// <summary>The columns <see cref="Read"/> expects, in order.</summary>
    public const string Select =
        "request_id, organization_id, client_id, request, person_id, status, transcript_id, received_at, history";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string RequestJson(RequestedTranscript request) => JsonSerializer.Serialize(request, Json);

    public static string HistoryJson(IReadOnlyList<StatusChange> history) => JsonSerializer.Serialize(history, Json);

    public static string ChangeJson(StatusChange change) => JsonSerializer.Serialize(new[] { change }, Json);

    public static TranscriptRequestRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        JsonSerializer.Deserialize<RequestedTranscript>(reader.GetString(3), Json)
            ?? throw new InvalidDataException("A kept transcript request holds no request."),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        reader.GetFieldValue<DateTimeOffset>(7),
        JsonSerializer.Deserialize<StatusChange[]>(reader.GetString(8), Json)
            ?? throw new InvalidDataException("A kept transcript request holds no history."));

    public static async Task<IReadOnlyList<TranscriptRequestRecord>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var requests = new List<TranscriptRequestRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            requests.Add(Read(reader));
        }

        return requests;
    }
}
