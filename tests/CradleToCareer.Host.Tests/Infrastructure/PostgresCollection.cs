using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>Test classes in this collection share one PostgreSQL server (throwaway unless one is configured).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "Postgres";
}
