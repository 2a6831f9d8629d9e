using CradleToCareer.Abstractions;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Grains;

/// <summary>The grains against the log: catch-up, exactly-once application, institution rebuild and push.</summary>
public sealed class StudentGrainTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    [Fact]
    public async Task A_student_grain_catches_up_from_the_log_on_events_no_stream_carried()
    {
        var ssid = TestEvents.NewSsid();
        var committed = await fixture.CommitAsync(TestEvents.Course("catchup-1", ssid), TestEvents.Course("catchup-2", ssid));
        var personId = committed[0].Outcome.PersonId!;

        var profile = await fixture.Client.GetGrain<IStudentGrain>(personId).GetProfileAsync();

        Assert.Equal(2, profile.EventCount);
    }

    [Fact]
    public async Task An_event_delivered_twice_and_also_read_from_the_log_is_applied_once()
    {
        var ssid = TestEvents.NewSsid();
        var committed = await fixture.CommitAsync(TestEvents.Course("once-1", ssid, mark: "A"), TestEvents.Course("once-2", ssid, mark: "C"));
        var personId = committed[0].Outcome.PersonId!;
        var grain = fixture.Client.GetGrain<IStudentGrain>(personId);
        await grain.GetProfileAsync();
        var stream = fixture.Client.GetStreamProvider(EventStreams.ProviderName)
            .GetStream<AcceptedEvents>(StreamId.Create(EventStreams.Namespace, personId));
        var item = new AcceptedEvents(personId, committed.Select(c => c.Event.CanonicalUtf8).ToList());

        await stream.OnNextAsync(item);
        await stream.OnNextAsync(item);
        var profile = await grain.GetProfileAsync();
        var k12 = System.Text.Json.Nodes.JsonNode.Parse(profile.Utf8Json)!["k12"]!;

        Assert.Equal(2, profile.EventCount);
        Assert.Equal(2, k12["courses"]!.AsArray().Count);
        Assert.Equal(3.0m, k12["gpa"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task An_institution_grain_rebuilds_its_counts_from_the_log_on_activation()
    {
        var institution = "cds:" + Random.Shared.NextInt64(10_000_000_000_000, 99_999_999_999_999);
        var events = Enumerable.Range(0, 11)
            .Select(i => TestEvents.Enrollment($"rebuild-{i}", TestEvents.NewSsid(), CurrentSchoolYear(), "09"))
            .Select(e => WithInstitution(e, institution))
            .ToArray();
        await fixture.CommitAsync(events);

        var summary = await fixture.Client.GetGrain<IInstitutionGrain>(institution).GetSummaryAsync();

        Assert.NotNull(summary);
        Assert.Equal(11, summary.EnrolledNow.Count);
    }

    [Fact]
    public async Task Events_on_the_stream_reach_an_active_institution_through_the_student_grain()
    {
        var institution = "cds:" + Random.Shared.NextInt64(10_000_000_000_000, 99_999_999_999_999);
        var grain = fixture.Client.GetGrain<IInstitutionGrain>(institution);
        Assert.Null(await grain.GetSummaryAsync());
        var committed = await fixture.CommitAsync(Enumerable.Range(0, 12)
            .Select(i => WithInstitution(TestEvents.Enrollment($"push-{i}", TestEvents.NewSsid(), CurrentSchoolYear(), "10"), institution))
            .ToArray());
        var streams = fixture.Client.GetStreamProvider(EventStreams.ProviderName);

        foreach (var (pending, outcome) in committed)
        {
            await streams.GetStream<AcceptedEvents>(StreamId.Create(EventStreams.Namespace, outcome.PersonId!))
                .OnNextAsync(new AcceptedEvents(outcome.PersonId!, [pending.CanonicalUtf8]));
        }

        int? enrolled = null;
        for (var attempt = 0; attempt < 100 && enrolled != 12; attempt++)
        {
            await Task.Delay(100);
            enrolled = (await grain.GetSummaryAsync())?.EnrolledNow.Count;
        }

        Assert.Equal(12, enrolled);
    }

    private static System.Text.Json.Nodes.JsonObject WithInstitution(System.Text.Json.Nodes.JsonObject sourceEvent, string institution)
    {
        sourceEvent["id"] = sourceEvent["id"]!.GetValue<string>() + "-" + institution;
        sourceEvent["data"]!["institution"]!["id"] = institution;
        return sourceEvent;
    }

    private static string CurrentSchoolYear()
    {
        var start = DateTime.UtcNow.Month >= 8 ? DateTime.UtcNow.Year : DateTime.UtcNow.Year - 1;
        return $"{start}-{start + 1}";
    }
}
