using Npgsql;
using NpgsqlTypes;

namespace CradleToCareer.Storage.Postgres.Alerts;

/// <summary>Reading and writing the nullable columns of the webhook outboxes.</summary>
internal static class ReaderValues
{
    public static DateTimeOffset? OptionalTime(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static int? OptionalInt(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    /// <summary>A timestamptz parameter value: UTC (Npgsql writes no other offset), or DBNull.</summary>
    public static object Time(DateTimeOffset? value) => value?.ToUniversalTime() ?? (object)DBNull.Value;

    public static object Int(int? value) => value ?? (object)DBNull.Value;

    /// <summary>
    /// The outcome of a webhook attempt as the parameters <c>@attempts</c>, <c>@code</c>, <c>@first</c>, <c>@last</c> and
    /// <c>@next</c>, which both outboxes (alerts, request pushes) write the same way.
    /// </summary>
    public static void AddAttempt(
        NpgsqlCommand command, int attempts, int? responseCode, DateTimeOffset? first, DateTimeOffset? last, DateTimeOffset? next)
    {
        command.Parameters.AddWithValue("attempts", attempts);
        command.Parameters.AddWithValue("code", NpgsqlDbType.Integer, Int(responseCode));
        command.Parameters.AddWithValue("first", NpgsqlDbType.TimestampTz, Time(first));
        command.Parameters.AddWithValue("last", NpgsqlDbType.TimestampTz, Time(last));
        command.Parameters.AddWithValue("next", NpgsqlDbType.TimestampTz, Time(next));
    }
}
