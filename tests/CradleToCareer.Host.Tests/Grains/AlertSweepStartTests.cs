using CradleToCareer.Abstractions;
using CradleToCareer.Application.Alerts;
using CradleToCareer.Application.EventLog;
using CradleToCareer.Grains.Alerts;
using CradleToCareer.Storage.InMemory.EventLog;
using CradleToCareer.Storage.InMemory.Identity;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace CradleToCareer.Host.Tests.Grains;

/// <summary>
/// A sweep walks until it reaches the settled events, which after an outage may take minutes; a silo starting meanwhile
/// asks the sweep to run and must be answered at once, not after the sweep.
/// </summary>
public sealed class AlertSweepStartTests
{
    [Fact]
    public async Task Starting_the_sweep_is_answered_while_a_sweep_is_walking()
    {
        var cursor = new HeldCursor();
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSerializer(serializer => serializer.AddDomainTypes());
            silo.Services.AddSingleton<IEventLog>(new InMemoryEventLog(new InMemoryIdentity(), TimeProvider.System));
            silo.Services.AddSingleton<IAlertSweepCursor>(cursor);
            silo.Services.AddSingleton(AlertSweepSettings.Default);
            silo.Services.AddSingleton(TimeProvider.System);
            silo.UseInMemoryReminderService();
        });
        builder.ConfigureClient(client => client.Services.AddSerializer(serializer => serializer.AddDomainTypes()));
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var sweepGrain = cluster.Client.GetGrain<IAlertSweepGrain>(0);

        var sweep = sweepGrain.SweepAsync();
        await cursor.Reading.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var start = sweepGrain.StartAsync();
        var answered = await Task.WhenAny(start, Task.Delay(TimeSpan.FromSeconds(10))) == start;
        var sweepStillWalking = !sweep.IsCompleted;
        cursor.Release.SetResult();

        Assert.True(answered && start.IsCompletedSuccessfully, "the start was not answered while the sweep walked");
        Assert.True(sweepStillWalking);
        Assert.Equal(0, await sweep);
    }

    /// <summary>A cursor whose read waits until the test lets it go: the sweep holding it is walking.</summary>
    private sealed class HeldCursor : IAlertSweepCursor
    {
        public TaskCompletionSource Reading { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<long> ReadAsync(CancellationToken cancellationToken)
        {
            Reading.TrySetResult();
            await Release.Task;
            return 0;
        }

        public Task AdvanceAsync(long seq, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
