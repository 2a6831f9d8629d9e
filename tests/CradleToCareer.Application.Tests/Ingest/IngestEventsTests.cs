using CradleToCareer.Application.Tests.Identity;
using System.Text.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Domain.Access;
using CradleToCareer.Storage.InMemory.Access;
using CradleToCareer.Storage.InMemory.EventLog;
using CradleToCareer.Storage.InMemory.Identity;
using CradleToCareer.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CradleToCareer.Application.Tests.Ingest;

/// <summary>Ingest below HTTP: the use case over the in-memory backend and a fan-out double.</summary>
public sealed class IngestEventsTests : IAsyncLifetime
{
    internal const string LeaSource = "urn:c2c:source:lea:1964733";
    internal const string OtherSource = "urn:c2c:source:lea:other";
    internal static readonly Caller Lea = new("cl_lea", "org-lea", new HashSet<string> { "source" });
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly InMemoryAccessRegistry _registry = new();
    private readonly InMemoryEventLog _log = new(new InMemoryIdentity(), new FakeClock(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero)));

    public Task InitializeAsync() =>
        _registry.AddOrganizationAsync(new Organization("org-lea", "Lincoln LEA", [LeaSource], ["cds:19647331931765"], ["c2c.k12.*"]), None);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_unknown_organization_gets_its_own_outcome_and_nothing_is_appended_or_fanned_out()
    {
        var fanOut = new RecordingFanOut();
        var stranger = Lea with { OrganizationId = "org-unregistered" };

        var outcome = await IngestWith(fanOut).RunAsync(stranger, [JsonSerializer.SerializeToElement(Enrollment("e-1", "1000000001"))], None);

        Assert.IsType<IngestOutcome.UnknownOrganization>(outcome);
        Assert.Empty(await _log.FindPersonsAsync([PlannerEvents.Token("1000000001")], None));
        Assert.Empty(fanOut.Published);
    }

    [Fact]
    public async Task Each_event_is_answered_in_order_and_only_the_valid_permitted_one_is_appended_and_fanned_out()
    {
        var fanOut = new RecordingFanOut();
        var invalid = Enrollment("e-invalid", "1000000002");
        invalid.Remove("data");

        var results = await IngestAsync(fanOut, invalid, Enrollment("e-elsewhere", "1000000003", OtherSource), Enrollment("e-good", "1000000004"));

        Assert.Equal(["e-invalid", "e-elsewhere", "e-good"], results.Select(r => r.Id));
        Assert.Equal(["rejected", "rejected", "accepted"], results.Select(r => r.Status));
        Assert.NotEmpty(results[0].Errors!);
        Assert.Equal("/source", Assert.Single(results[1].Errors!).Path);
        var person = results[2].PersonId!;
        Assert.Equal([person], await _log.FindPersonsAsync([PlannerEvents.Token("1000000004")], None));
        Assert.Empty(await _log.FindPersonsAsync([PlannerEvents.Token("1000000002"), PlannerEvents.Token("1000000003")], None));
        Assert.Equal([("e-good", person)], fanOut.Published);
    }

    [Fact]
    public async Task A_failed_fan_out_still_answers_accepted_because_the_log_holds_the_event()
    {
        var result = Assert.Single(await IngestAsync(new RecordingFanOut(fails: true), Enrollment("e-5", "1000000005")));

        Assert.Equal("accepted", result.Status);
        Assert.Single(await _log.ReadPersonAsync(result.PersonId!, None));
    }

    [Fact]
    public async Task A_resent_event_is_a_duplicate_on_the_same_person_and_is_not_fanned_out_again()
    {
        var fanOut = new RecordingFanOut();
        var first = Assert.Single(await IngestAsync(fanOut, Enrollment("e-6", "1000000006")));

        var again = Assert.Single(await IngestAsync(fanOut, Enrollment("e-6", "1000000006")));

        Assert.Equal(("duplicate", first.PersonId), (again.Status, again.PersonId));
        Assert.Equal([("e-6", first.PersonId!)], fanOut.Published);
    }

    private IngestEvents IngestWith(RecordingFanOut fanOut) => new(
        _registry, PlannerEvents.Tokenizer, new IdentityDecisions(_log, new DeterministicOnly(), new FakeStudentProfiles(), NullLogger<IdentityDecisions>.Instance), fanOut, NullLogger<IngestEvents>.Instance);

    private async Task<IReadOnlyList<EventResult>> IngestAsync(RecordingFanOut fanOut, params JsonObject[] events)
    {
        var outcome = await IngestWith(fanOut).RunAsync(Lea, [.. events.Select(e => JsonSerializer.SerializeToElement(e))], None);
        return Assert.IsType<IngestOutcome.Ingested>(outcome).Results;
    }

    /// <summary>A K-12 enrollment of Ana Lopez, known by the ssid, at Lincoln High.</summary>
    internal static JsonObject Enrollment(string id, string ssid, string source = LeaSource) => new()
    {
        ["specversion"] = "1.0",
        ["id"] = id,
        ["source"] = source,
        ["type"] = "c2c.k12.enrollment.started",
        ["time"] = "2025-06-12T17:00:00Z",
        ["data"] = new JsonObject
        {
            ["student"] = new JsonObject
            {
                ["ids"] = new JsonArray(new JsonObject { ["system"] = "ssid", ["value"] = ssid }),
                ["firstName"] = "Ana",
                ["lastName"] = "Lopez",
                ["birthDate"] = "2007-03-14",
            },
            ["institution"] = new JsonObject { ["id"] = "cds:19647331931765", ["name"] = "Lincoln High", ["kind"] = "k12-school" },
            ["schoolYear"] = "2024-2025",
            ["gradeLevel"] = "11",
            ["entryDate"] = "2024-08-20",
        },
    };
}
