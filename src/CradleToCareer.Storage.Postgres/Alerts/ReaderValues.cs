using Npgsql;

namespace CradleToCareer.Storage.Postgres.Alerts;

/// <summary>Reading nullable columns of the alert tables.</summary>
internal static class ReaderValues
{
    public static DateTimeOffset? OptionalTime(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static int? OptionalInt(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    /// <summary>A timestamptz parameter value: UTC (Npgsql writes no other offset), or DBNull.</summary>
    public static object Time(DateTimeOffset? value) => value?.ToUniversalTime() ?? (object)DBNull.Value;

    public static object Int(int? value) => value ?? (object)DBNull.Value;
}
