using Xunit;

namespace CradleToCareer.Testing;

/// <summary>
/// xunit fixture owning one <see cref="PostgresServer"/>. Use it with <c>IClassFixture</c>, or declare
/// a collection (<c>[CollectionDefinition] ... : ICollectionFixture&lt;PostgresFixture&gt;</c>) in the
/// test assembly so every test class in that collection shares one server.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("The PostgreSQL fixture is not initialised yet.");

    /// <summary>Creates an empty database on the shared server; see <see cref="PostgresServer.CreateDatabaseAsync"/>.</summary>
    public Task<string> CreateDatabaseAsync(string? prefix = null) => Server.CreateDatabaseAsync(prefix);

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
