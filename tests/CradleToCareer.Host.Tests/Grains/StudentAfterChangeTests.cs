using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Domain.Rules;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Grains;

/// <summary>
/// The student grain's after-change work (alerts, institution pushes) against its calls: reads are answered while the
/// work waits on the database, and a change taken in meanwhile is acted on once it ends.
/// </summary>
public sealed class StudentAfterChangeTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    /// <summary>Far longer than any answer here should take; only a read queued behind the held work comes near it.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_profile_read_is_answered_while_the_alerts_of_a_change_wait_on_the_database()
    {
        var (personId, grain, gate) = await HeldAfterFafsaAsync(TestEvents.NewSsid());
        try
        {
            var profile = await grain.GetProfileAsync().WaitAsync(Deadline);
            var recordedMeanwhile = await fixture.AlertLog.ReadPersonAsync(personId, CancellationToken.None);
            gate.Open();
            var recordedAfter = await LedgerUntilAsync(personId, MilestoneIds.AidApplicationSubmitted);

            Assert.Equal(1, profile.EventCount);
            Assert.Empty(recordedMeanwhile);
            Assert.Contains(recordedAfter, e => e is { MilestoneId: MilestoneIds.AidApplicationSubmitted, Mark: LedgerMark.MilestoneReached });
        }
        finally
        {
            gate.Open();
        }
    }

    [Fact]
    public async Task A_change_taken_in_while_the_alerts_of_the_last_one_wait_is_acted_on_when_they_are_recorded()
    {
        var ssid = TestEvents.NewSsid();
        var (personId, grain, gate) = await HeldAfterFafsaAsync(ssid);
        try
        {
            await fixture.CommitAsync(TestEvents.Disbursement("held-grant-" + ssid, ssid, TestEvents.College));
            var caughtUp = await grain.GetProfileAsync().WaitAsync(Deadline);
            gate.Open();
            var recorded = await LedgerUntilAsync(personId, MilestoneIds.CalGrantDisbursed);

            Assert.Equal(2, caughtUp.EventCount);
            Assert.Contains(recorded, e => e is { MilestoneId: MilestoneIds.CalGrantDisbursed, Mark: LedgerMark.MilestoneReached });
            Assert.DoesNotContain(recorded, e => e.Mark == LedgerMark.MilestoneRetracted);
        }
        finally
        {
            gate.Open();
        }
    }

    /// <summary>
    /// A person with a FAFSA submission whose grain is active and whose after-change work waits at a closed gate,
    /// about to record the milestone's alert.
    /// </summary>
    private async Task<(string PersonId, IStudentGrain Grain, AlertGate Gate)> HeldAfterFafsaAsync(string ssid)
    {
        var committed = await fixture.CommitAsync(TestEvents.Fafsa("held-fafsa-" + ssid, ssid, "521-44-" + ssid[..4]));
        var personId = committed[0].Outcome.PersonId!;
        var gate = fixture.AlertLog.Hold(personId);
        var grain = fixture.Client.GetGrain<IStudentGrain>(personId);
        await grain.GetProfileAsync().WaitAsync(Deadline);
        await gate.Reached.WaitAsync(Deadline);
        return (personId, grain, gate);
    }

    /// <summary>The person's ledger once it holds an entry for the milestone, or as it stands at the deadline.</summary>
    private async Task<IReadOnlyList<LedgerEntry>> LedgerUntilAsync(string personId, string milestoneId)
    {
        var until = DateTime.UtcNow + Deadline;
        while (true)
        {
            var recorded = await fixture.AlertLog.ReadPersonAsync(personId, CancellationToken.None);
            if (recorded.Any(e => e.MilestoneId == milestoneId) || DateTime.UtcNow > until)
            {
                return recorded;
            }

            await Task.Delay(50);
        }
    }
}
