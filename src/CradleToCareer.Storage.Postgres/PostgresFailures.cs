using Npgsql;

namespace CradleToCareer.Storage.Postgres;

/// <summary>Tells a database that cannot be reached from an error in our own SQL.</summary>
public static class PostgresFailures
{
    /// <summary>
    /// Connection-level failures: the network or the server gone, the database missing, not accepting
    /// connections, or full. A retry may succeed; nothing about the request itself was wrong. The failure
    /// may arrive wrapped, e.g. by Orleans when a grain could not read its state. A server error Orleans
    /// carried back from another silo keeps its SQLSTATE only in <see cref="Exception.Data"/>.
    /// </summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        PostgresException { SqlState: null } carried when carried.Data["SqlState"] is string state =>
            IsUnavailable(new PostgresException(carried.Message, "", "", state)),
        PostgresException { SqlState: "3D000" or "53300" or "55000" or "57P01" or "57P02" or "57P03" } => true,
        PostgresException server => server.IsTransient,
        NpgsqlException => true,
        { InnerException: { } inner } => IsUnavailable(inner),
        _ => false,
    };
}
