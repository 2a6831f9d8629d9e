using CradleToCareer.Abstractions;
using CradleToCareer.Grains.Streaming;
using CradleToCareer.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Streams;

namespace CradleToCareer.Host.Tests.Hosting;

/// <summary>
/// The host's event streams run on our queues, not Orleans' memory streams: batches pass by reference inside a silo and
/// no consumer is ever replayed (the log holds every event). The host is built, not started.
/// </summary>
public sealed class EventStreamsSetupTests
{
    [Fact]
    public async Task The_event_streams_run_on_our_queue_adapter_which_never_replays()
    {
        await using var app = await ServiceHost.CreateAsync(
        [
            "--urls=http://127.0.0.1:0",
            $"--C2C:Identity:TokenKey={ServiceUnderTest.TokenKey}",
            $"--C2C:Security:KeyEncryptionKey={ServiceUnderTest.KeyEncryptionKey}",
            $"--C2C:Admin:ClientSecret={ServiceUnderTest.AdminSecret}",
        ]);

        var factory = app.Services.GetRequiredKeyedService<IQueueAdapterFactory>(EventStreams.ProviderName);
        var adapter = await factory.CreateAdapter(CancellationToken.None);

        Assert.IsType<EventQueueAdapter>(factory);
        Assert.False(adapter.IsRewindable);
        Assert.Equal(StreamProviderDirection.ReadWrite, adapter.Direction);
    }
}
