using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CradleToCareer.Storage.Tests.EventLog;

/// <summary>
/// A bad event never fails its neighbours in an ingest batch, the same for every event log; each runs it through a
/// subclass. The poison members carry a NUL, once in the event id (read while the batch is looked up) and once in the
/// student's name (written with the batch): PostgreSQL refuses both, memory keeps them.
/// </summary>
public abstract class IngestPoisonContract : IAsyncLifetime
{
    private IEventLog? _log;

    private IEventLog Log => _log ?? throw new InvalidOperationException("The event log is not created yet.");

    /// <summary>Whether the backend refuses a NUL character in text (PostgreSQL does; memory keeps it).</summary>
    protected abstract bool RefusesNul { get; }

    /// <summary>A fresh, empty event log.</summary>
    protected abstract Task<IEventLog> CreateAsync();

    public async Task InitializeAsync() => _log = await CreateAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_good_events_of_a_batch_with_bad_ones_are_committed_and_only_the_bad_ones_are_rejected()
    {
        var batch = new[]
        {
            PlannerEvents.Enrollment("e_good_1", "ssid-1"),
            PlannerEvents.Enrollment("e_\u0000bad_id", "ssid-2"),
            PlannerEvents.Enrollment("e_good_3", "ssid-3"),
            WithFirstName(PlannerEvents.Enrollment("e_bad_name", "ssid-4"), "An\u0000a"),
            PlannerEvents.Enrollment("e_good_5", "ssid-5"),
        };

        var outcomes = await new IdentityDecisions(Log, new DeterministicOnly(), NoProfileRefresh.Instance, NullLogger<IdentityDecisions>.Instance).AppendAsync(batch, CancellationToken.None);

        var expectedForBad = RefusesNul ? AppendStatus.Rejected : AppendStatus.Accepted;
        Assert.Equal(
            [AppendStatus.Accepted, expectedForBad, AppendStatus.Accepted, expectedForBad, AppendStatus.Accepted],
            outcomes.Select(o => o.Status));
        foreach (var position in new[] { 0, 2, 4 })
        {
            var logged = await Log.ReadPersonAsync(outcomes[position].PersonId!, CancellationToken.None);
            Assert.Contains(batch[position].Event.Key.Id, Assert.Single(logged));
        }

        if (RefusesNul)
        {
            Assert.All([outcomes[1], outcomes[3]], o => Assert.Equal(IdentityDecisions.Refused, o));
            Assert.Empty(await Log.FindPersonsAsync([PlannerEvents.Token("ssid-2"), PlannerEvents.Token("ssid-4")], CancellationToken.None));
        }
    }

    [Fact]
    public async Task The_good_event_of_a_split_batch_is_logged_once_and_sending_it_again_is_a_duplicate()
    {
        var decisions = new IdentityDecisions(Log, new DeterministicOnly(), NoProfileRefresh.Instance, NullLogger<IdentityDecisions>.Instance);
        var good = PlannerEvents.Enrollment("e_again", "ssid-6");
        await decisions.AppendAsync([good, PlannerEvents.Enrollment("e_\u0000bad", "ssid-7")], CancellationToken.None);

        var again = Assert.Single(await decisions.AppendAsync([good], CancellationToken.None));

        Assert.Equal(AppendStatus.Duplicate, again.Status);
    }

    private static PendingEvent WithFirstName(PendingEvent pending, string firstName) => PendingEvent.Create(
        pending.Event with { Student = pending.Event.Student with { FirstName = firstName } }, new BatchIdentifierTokens(PlannerEvents.Tokenizer));
}
