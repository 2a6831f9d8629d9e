using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CradleToCareer.Storage.Tests.EventLog;

/// <summary>
/// Which institutions the log names, by id prefix: what a statewide cohort asks when it comes up. The same for every
/// event log; each runs it through a subclass.
/// </summary>
public abstract class InstitutionListingContract : IAsyncLifetime
{
    private IEventLog? _log;

    private IEventLog Log => _log ?? throw new InvalidOperationException("The event log is not created yet.");

    /// <summary>A fresh, empty event log.</summary>
    protected abstract Task<IEventLog> CreateAsync();

    public async Task InitializeAsync() => _log = await CreateAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Each_institution_named_is_listed_once_under_its_prefix_in_id_order()
    {
        Assert.Empty(await Log.InstitutionsAsync("cds:", CancellationToken.None));
        var batch = new[]
        {
            PlannerEvents.EnrollmentAt("i1", "ssid-1", "cds:00000000000009"),
            PlannerEvents.EnrollmentAt("i2", "ssid-2", "ipeds:123456"),
            PlannerEvents.EnrollmentAt("i3", "ssid-3", "cds:00000000000001"),
            PlannerEvents.EnrollmentAt("i4", "ssid-4", "cds:00000000000009"),
            PlannerEvents.EnrollmentAt("i5", "ssid-5", "ipeds:000001"),
            PlannerEvents.EnrollmentAt("i6", "ssid-6", "cds:00000000000005"),
        };

        await new IdentityDecisions(Log, new DeterministicOnly(), NoProfileRefresh.Instance, NullLogger<IdentityDecisions>.Instance)
            .AppendAsync(batch, CancellationToken.None);

        Assert.Equal(
            ["cds:00000000000001", "cds:00000000000005", "cds:00000000000009"],
            await Log.InstitutionsAsync("cds:", CancellationToken.None));
        Assert.Equal(["ipeds:000001", "ipeds:123456"], await Log.InstitutionsAsync("ipeds:", CancellationToken.None));
        Assert.Empty(await Log.InstitutionsAsync("nces:", CancellationToken.None));
    }
}
