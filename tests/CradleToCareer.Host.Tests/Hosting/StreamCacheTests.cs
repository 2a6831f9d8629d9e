using CradleToCareer.Abstractions;
using CradleToCareer.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace CradleToCareer.Host.Tests.Hosting;

/// <summary>
/// The event streams' cache lets a message go half a minute after newer ones arrive, not half an hour: the log holds every
/// event, so the cache never replays, and kept longer it held a whole bulk load in memory. The host is built, not started.
/// </summary>
public sealed class StreamCacheTests
{
    [Fact]
    public async Task The_event_streams_cache_keeps_a_message_15_s_and_lets_it_go_30_s_after_newer_ones()
    {
        await using var app = await ServiceHost.CreateAsync(
        [
            "--urls=http://127.0.0.1:0",
            $"--C2C:Identity:TokenKey={ServiceUnderTest.TokenKey}",
            $"--C2C:Security:KeyEncryptionKey={ServiceUnderTest.KeyEncryptionKey}",
            $"--C2C:Admin:ClientSecret={ServiceUnderTest.AdminSecret}",
        ]);

        var eviction = app.Services.GetRequiredService<IOptionsMonitor<StreamCacheEvictionOptions>>().Get(EventStreams.ProviderName);

        Assert.Equal(TimeSpan.FromSeconds(15), eviction.DataMinTimeInCache);
        Assert.Equal(TimeSpan.FromSeconds(30), eviction.DataMaxAgeInCache);
    }
}
