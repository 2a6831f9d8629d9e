using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>
/// Two hosts for tests that must behave alike on every storage backend: one on the embedded default and one
/// on a fresh database of its own PostgreSQL server. Theories name the backend as data (<see cref="Embedded"/>,
/// <see cref="Postgres"/>) and ask <see cref="On"/> for its host.
/// </summary>
public sealed class TwoBackendsFixture : IAsyncLifetime
{
    public const string Embedded = "embedded";
    public const string Postgres = "postgres";

    private readonly PostgresFixture _server = new();
    private ServiceUnderTest? _embedded;
    private ServiceUnderTest? _postgres;

    public ServiceUnderTest On(string backend) => (backend == Postgres ? _postgres : _embedded)
        ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        _embedded = await ServiceUnderTest.StartAsync();
        _postgres = await ServiceUnderTest.StartAsync(await _server.CreateDatabaseAsync("backends"));
    }

    public async Task DisposeAsync()
    {
        foreach (var service in new[] { _embedded, _postgres })
        {
            if (service is not null)
            {
                await service.DisposeAsync();
            }
        }

        await _server.DisposeAsync();
    }
}

/// <summary>Test classes in this collection share one <see cref="TwoBackendsFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class TwoBackendsCollection : ICollectionFixture<TwoBackendsFixture>
{
    public const string Name = "Two backends";
}
