using CradleToCareer.Application.Access;
using CradleToCareer.Domain.Access;
using CradleToCareer.Storage.InMemory.Access;
using CradleToCareer.Testing;

namespace CradleToCareer.Application.Tests.Access;

/// <summary>The per-silo view of which clients' tokens still work, on a clock the test moves.</summary>
public sealed class ClientStatusCacheTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeClock _clock = new(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryAccessRegistry _registry;
    private readonly ClientStatusCache _cache;
    private IssuedClient? _client;

    public ClientStatusCacheTests()
    {
        _registry = new InMemoryAccessRegistry(_clock);
        _cache = new ClientStatusCache(_registry, _clock);
    }

    private IssuedClient Client => _client ?? throw new InvalidOperationException("not initialised");

    public async Task InitializeAsync()
    {
        await _registry.AddOrganizationAsync(new Organization("org-cache", "Cache", [], [], []), None);
        _client = await _registry.AddClientAsync("org-cache", [Roles.Advisor], None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_disabled_client_is_refused_once_the_reading_is_two_seconds_old()
    {
        Assert.True(await _cache.AdmitsAsync(Client.Client.ClientId, Client.Client.SecretStamp, None));
        await _registry.DisableClientAsync(Client.Client.ClientId, None);

        _clock.Advance(ClientStatusCache.MaxAge - TimeSpan.FromMilliseconds(1));
        var stillCached = await _cache.AdmitsAsync(Client.Client.ClientId, Client.Client.SecretStamp, None);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        var reread = await _cache.AdmitsAsync(Client.Client.ClientId, Client.Client.SecretStamp, None);

        Assert.True(stillCached);
        Assert.False(reread);
    }

    [Fact]
    public async Task A_token_of_the_previous_secret_is_refused_and_one_of_the_new_secret_admitted()
    {
        var oldStamp = Client.Client.SecretStamp;
        await _registry.RotateSecretAsync(Client.Client.ClientId, None);
        var newStamp = (await _registry.FindClientAsync(Client.Client.ClientId, None))!.SecretStamp;

        Assert.False(await _cache.AdmitsAsync(Client.Client.ClientId, oldStamp, None));
        Assert.True(await _cache.AdmitsAsync(Client.Client.ClientId, newStamp, None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task A_token_without_the_stamp_or_of_an_unknown_client_is_refused(string? stamp)
    {
        Assert.False(await _cache.AdmitsAsync(Client.Client.ClientId, stamp, None));
        Assert.False(await _cache.AdmitsAsync(ClientIds.New(), Client.Client.SecretStamp, None));
    }
}
