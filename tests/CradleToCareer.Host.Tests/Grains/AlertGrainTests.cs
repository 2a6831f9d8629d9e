using CradleToCareer.Storage.InMemory.Alerts;
using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Grains;

/// <summary>Alert production in the grains: once per milestone, and owed alerts found by the sweep.</summary>
public sealed class AlertGrainTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    private const string Submitted = "finaid.application-submitted";

    [Fact]
    public async Task Asking_a_grain_again_records_no_second_alert_for_the_same_milestone()
    {
        var ssid = TestEvents.NewSsid();
        var personId = (await fixture.CommitAsync(TestEvents.Fafsa("grain-fafsa-" + ssid, ssid, "521-44-" + ssid[..4])))[0].Outcome.PersonId!;
        var grain = fixture.Client.GetGrain<IStudentGrain>(personId);

        var first = await grain.RaiseAlertsAsync();
        var again = await grain.RaiseAlertsAsync();
        var ledger = await new InMemoryAlertLog(fixture.Alerts).ReadPersonAsync(personId, CancellationToken.None);

        Assert.Equal((1, 0), (first, again));
        var entry = Assert.Single(ledger);
        Assert.Equal((Submitted, LedgerMark.MilestoneReached, 1), (entry.MilestoneId, entry.Mark, entry.Occurrence));
    }

    [Fact]
    public async Task The_sweep_raises_the_alerts_of_events_that_reached_the_log_but_no_grain()
    {
        var ssid = TestEvents.NewSsid();
        var personId = (await fixture.CommitAsync(TestEvents.Fafsa("sweep-fafsa-" + ssid, ssid, "521-44-" + ssid[..4])))[0].Outcome.PersonId!;
        var log = new InMemoryAlertLog(fixture.Alerts);
        var before = await log.ReadPersonAsync(personId, CancellationToken.None);

        var reached = await fixture.Client.GetGrain<IAlertSweepGrain>(0).SweepAsync();
        var after = await log.ReadPersonAsync(personId, CancellationToken.None);

        Assert.Empty(before);
        Assert.True(reached > 0);
        Assert.Equal(Submitted, Assert.Single(after).MilestoneId);
    }

    [Fact]
    public async Task One_sweep_walks_as_many_rounds_as_the_settled_events_take()
    {
        var persons = new List<string>();
        for (var i = 0; i < GrainClusterFixture.SweepEventsPerRound + 2; i++)
        {
            var ssid = TestEvents.NewSsid();
            persons.Add((await fixture.CommitAsync(TestEvents.Fafsa("rounds-fafsa-" + ssid, ssid, "521-45-" + ssid[..4])))[0].Outcome.PersonId!);
        }

        await fixture.Client.GetGrain<IAlertSweepGrain>(0).SweepAsync();
        var log = new InMemoryAlertLog(fixture.Alerts);
        var raised = await Task.WhenAll(persons.Select(person => log.ReadPersonAsync(person, CancellationToken.None)));

        Assert.All(raised, ledger => Assert.Equal(Submitted, Assert.Single(ledger).MilestoneId));
    }
}
