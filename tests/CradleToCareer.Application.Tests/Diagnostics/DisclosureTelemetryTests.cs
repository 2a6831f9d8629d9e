using CradleToCareer.Application.Disclosures;
using CradleToCareer.Application.Tests.Disclosures;
using CradleToCareer.Storage.InMemory.Disclosures;
using CradleToCareer.Testing;

namespace CradleToCareer.Application.Tests.Diagnostics;

/// <summary>The disclosure gate counts what it records by scope, and nothing it does not record.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class DisclosureTelemetryTests
{
    private const string Person = "p_00000000000000000000000000000071";
    private static readonly Caller College = new("cl_college", "org-college", new HashSet<string> { "college" });
    private static readonly Caller Portal = new("cl_portal", "org-portal", new HashSet<string> { "student-portal" });

    private readonly FakeStudentRecords _students;
    private readonly DisclosureGate _gate;

    public DisclosureTelemetryTests()
    {
        var clock = new FakeClock(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
        _students = new FakeStudentRecords(clock);
        _students.AddPerson(Person);
        _gate = new DisclosureGate(_students, new InMemoryDisclosureRecord(), clock);
    }

    [Fact]
    public async Task A_consented_disclosure_and_a_portal_read_are_each_counted_once_under_their_scope()
    {
        _students.Grant(Person, College.OrganizationId, ["progress"]);
        using var measurements = new RecordedMeasurements();

        Assert.NotNull(await _gate.DiscloseAsync(College, Person, DisclosureScope.Progress, c => _students.AnswerFor(Person, c), CancellationToken.None));
        Assert.NotNull(await _gate.ShowToPortalAsync(Portal, Person, PortalRead.Profile, () => Task.FromResult<string?>("profile"), CancellationToken.None));

        Assert.Equal(1, measurements.Sum("c2c.disclosures", ("scope", "progress"), ("basis", "consent")));
        Assert.Equal(1, measurements.Sum("c2c.disclosures", ("scope", "profile"), ("basis", "portal")));
        Assert.Equal(2, measurements.Sum("c2c.disclosures"));
    }

    [Fact]
    public async Task Without_a_consent_nothing_is_disclosed_and_nothing_counted()
    {
        using var measurements = new RecordedMeasurements();

        Assert.Null(await _gate.DiscloseAsync(College, Person, DisclosureScope.Transcript, c => _students.AnswerFor(Person, c), CancellationToken.None));

        Assert.Empty(measurements.Of("c2c.disclosures"));
    }
}
