using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Application.Diagnostics;
using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Application.Tests.Identity;
using CradleToCareer.Application.Tests.Ingest;
using CradleToCareer.Domain.Access;
using CradleToCareer.Storage.InMemory.Access;
using CradleToCareer.Storage.InMemory.EventLog;
using CradleToCareer.Storage.InMemory.Identity;
using CradleToCareer.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CradleToCareer.Application.Tests.Diagnostics;

/// <summary>What ingest records on the service's meter and activity source, and that its span says nothing of the people.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class IngestTelemetryTests : IAsyncLifetime
{
    private const string LeaSource = "urn:c2c:source:lea:1964733";
    private const string Ssid = "1000000701";
    private const string Ssn = "123-45-6789";
    private const string FirstName = "Xiomara";
    private const string LastName = "Quintanilla";
    private const string BirthDate = "2007-03-14";
    private static readonly Caller Lea = new("cl_lea", "org-lea", new HashSet<string> { "source" });

    private readonly InMemoryAccessRegistry _registry = new();
    private readonly InMemoryEventLog _log = new(new InMemoryIdentity(), new FakeClock(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero)));

    public Task InitializeAsync() =>
        _registry.AddOrganizationAsync(new Organization("org-lea", "Lincoln LEA", [LeaSource], ["cds:19647331931765"], ["c2c.k12.*"]), CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_batch_with_a_good_and_a_bad_event_counts_each_outcome_its_append_time_and_its_match_decision()
    {
        using var measurements = new RecordedMeasurements();

        var results = await IngestAsync(Enrollment("e-good"), Invalid("e-bad"));

        Assert.Equal(["accepted", "rejected"], results.Select(result => result.Status));
        Assert.Equal(1, measurements.Sum("c2c.ingest.events", ("outcome", "accepted")));
        Assert.Equal(1, measurements.Sum("c2c.ingest.events", ("outcome", "rejected")));
        Assert.Equal(2, measurements.Sum("c2c.ingest.events"));
        Assert.True(Assert.Single(measurements.Of("c2c.ingest.commit.duration")).Value >= 0);
        Assert.Equal(1, measurements.Sum("c2c.ingest.match.decisions", ("decision", "new_person")));
    }

    [Fact]
    public async Task A_resent_event_counts_as_a_duplicate_and_makes_no_match_decision()
    {
        await IngestAsync(Enrollment("e-again"));
        using var measurements = new RecordedMeasurements();

        await IngestAsync(Enrollment("e-again"));

        Assert.Equal(1, measurements.Sum("c2c.ingest.events", ("outcome", "duplicate")));
        Assert.Empty(measurements.Of("c2c.ingest.match.decisions"));
    }

    [Fact]
    public async Task The_batch_span_carries_the_event_count_and_nothing_of_the_person_in_it()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ServiceTelemetry.Name,
            Sample = (ref _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        var results = await IngestAsync(Enrollment("e-span"), Invalid("e-span-bad"));

        var span = Assert.Single(spans);
        Assert.Equal(IngestTelemetry.BatchSpan, span.OperationName);
        Assert.Equal(2, span.GetTagItem(IngestTelemetry.EventCountAttribute));
        var personId = results[0].PersonId!;
        string[] secrets = [personId, Ssid, Ssn, "123456789", FirstName, LastName, BirthDate];
        foreach (var (key, value) in span.TagObjects)
        {
            var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
            Assert.DoesNotContain(secrets, secret => text.Contains(secret, StringComparison.OrdinalIgnoreCase) || key.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }

        Assert.DoesNotContain(secrets, secret => span.DisplayName.Contains(secret, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<IReadOnlyList<EventResult>> IngestAsync(params JsonObject[] events)
    {
        var ingest = new IngestEvents(
            _registry,
            PlannerEvents.Tokenizer,
            new IdentityDecisions(_log, new DeterministicOnly(), new FakeStudentProfiles(), NullLogger<IdentityDecisions>.Instance),
            new RecordingFanOut(),
            NullLogger<IngestEvents>.Instance);
        var outcome = await ingest.RunAsync(Lea, [.. events.Select(e => JsonSerializer.SerializeToElement(e))], CancellationToken.None);
        return Assert.IsType<IngestOutcome.Ingested>(outcome).Results;
    }

    /// <summary>An event without its institution: rejected, though its student block is as identifying as the good one's.</summary>
    private static JsonObject Invalid(string id)
    {
        var invalid = Enrollment(id);
        ((JsonObject)invalid["data"]!).Remove("institution");
        return invalid;
    }

    /// <summary>An enrollment whose student block carries an SSN and names found nowhere else.</summary>
    private static JsonObject Enrollment(string id)
    {
        var enrollment = IngestEventsTests.Enrollment(id, Ssid);
        var student = (JsonObject)enrollment["data"]!["student"]!;
        student["ssn"] = Ssn;
        student["firstName"] = FirstName;
        student["lastName"] = LastName;
        return enrollment;
    }
}
