using CradleToCareer.Abstractions;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Grains;

/// <summary>The student grain's change pulse, which live pages wait on: it waits while nothing changes and wakes on a change.</summary>
public sealed class StudentChangePulseTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    [Fact]
    public async Task A_waiter_wakes_when_an_event_changes_the_profile_and_times_out_quietly_otherwise()
    {
        var ssid = TestEvents.NewSsid();
        var committed = await fixture.CommitAsync(TestEvents.Course("pulse-1", ssid));
        var personId = committed[0].Outcome.PersonId!;
        var grain = fixture.Client.GetGrain<IStudentGrain>(personId);
        await grain.GetProfileAsync();
        await Task.Delay(500);
        var seen = await grain.WaitForChangeAsync(0, TimeSpan.Zero);

        var quiet = await grain.WaitForChangeAsync(seen, TimeSpan.FromMilliseconds(300));
        var waiting = grain.WaitForChangeAsync(seen, TimeSpan.FromSeconds(20));
        var second = await fixture.CommitAsync(TestEvents.Course("pulse-2", ssid));
        await fixture.Client.GetStreamProvider(EventStreams.ProviderName)
            .GetStream<AcceptedEvents>(StreamId.Create(EventStreams.Namespace, personId))
            .OnNextAsync(new AcceptedEvents(personId, [second[0].Event.CanonicalUtf8]));
        var woken = await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(seen, quiet);
        Assert.NotEqual(seen, woken);
        Assert.Equal(2, (await grain.GetProfileAsync()).EventCount);
    }
}
