using CradleToCareer.Host.Hosting;
using CradleToCareer.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Serialization;

namespace CradleToCareer.Host.Tests.Hosting;

/// <summary>
/// Which failures count as "the database is out of reach", also after Orleans carried them back from a
/// grain on another silo (its serializer, not the same exception object).
/// </summary>
public sealed class DatabaseFailureClassificationTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer().AddDatabaseFailureSerialization().BuildServiceProvider().GetRequiredService<Serializer>();

    public static TheoryData<Exception> Unavailable => new()
    {
        new NpgsqlException("The connection pool has been exhausted, either raise 'Max Pool Size' (currently 1) or 'Timeout' (currently 1 seconds) in your connection string.", new TimeoutException()),
        new NpgsqlException("Failed to connect to 127.0.0.1:1", new System.Net.Sockets.SocketException(111)),
        new PostgresException("sorry, too many clients already", "FATAL", "FATAL", "53300"),
        new PostgresException("the database system is shutting down", "FATAL", "FATAL", "57P03"),
    };

    [Theory]
    [MemberData(nameof(Unavailable))]
    public void A_database_out_of_reach_is_recognized_here_and_after_crossing_silos(Exception failure)
    {
        var carried = CarriedAcrossSilos(failure);

        Assert.True(PostgresFailures.IsUnavailable(failure));
        Assert.True(PostgresFailures.IsUnavailable(carried), $"{carried.GetType()}: {carried.Message} / {carried.InnerException?.GetType()}");
        Assert.True(PostgresFailures.IsUnavailable(new InvalidOperationException("a grain could not read its state", carried)));
    }

    [Fact]
    public void An_error_in_our_own_sql_is_not_the_database_out_of_reach_here_or_after_crossing_silos()
    {
        var ours = new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", "23505");

        Assert.False(PostgresFailures.IsUnavailable(ours));
        Assert.False(PostgresFailures.IsUnavailable(CarriedAcrossSilos(ours)));
    }

    private static Exception CarriedAcrossSilos(Exception failure) =>
        Serializer.Deserialize<Exception>(Serializer.SerializeToArray(failure)) ?? throw new InvalidOperationException("nothing came back");
}
