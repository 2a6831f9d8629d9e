using CradleToCareer.Testing;

namespace CradleToCareer.Storage.Tests;

/// <summary>Test classes in this collection share one PostgreSQL server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "Postgres";
}
