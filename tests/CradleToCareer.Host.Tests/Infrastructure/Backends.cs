using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>
/// The two storage backends a behaviour must share, for theories that run once on each:
/// <c>[InlineData(Backends.Embedded)] [InlineData(Backends.Postgres)]</c> in the PostgreSQL collection.
/// </summary>
public static class Backends
{
    public const string Embedded = "embedded";
    public const string Postgres = "postgres";

    /// <summary>A host on the named backend; on PostgreSQL, on a fresh database of the shared server.</summary>
    public static async Task<ServiceUnderTest> StartAsync(string backend, PostgresFixture postgres, params string[] settings) =>
        await ServiceUnderTest.StartAsync(backend == Postgres ? await postgres.CreateDatabaseAsync(backend) : null, settings);
}
