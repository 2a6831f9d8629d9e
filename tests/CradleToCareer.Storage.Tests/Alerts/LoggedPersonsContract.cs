using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Events;
using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Testing;

namespace CradleToCareer.Storage.Tests.Alerts;

/// <summary>
/// The alert sweep's walk along the event log (<see cref="IEventLog.PersonsLoggedAfterAsync"/>), the same for every
/// event log; each runs it through a subclass. Every test logs four events in two batches: the first batch for
/// persons A and B, the second for A again and C, so their sequence numbers are 1 to 4. Persons come in the order first met.
/// </summary>
public abstract class LoggedPersonsContract : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    private static readonly DateTimeOffset FarFuture = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private IEventLog? _log;
    private IIdentityStore? _identity;
    private DateTimeOffset _firstAcceptedAt;
    private DateTimeOffset _secondAcceptedAt;
    private string[] _persons = [];

    private IEventLog Log => _log ?? throw new InvalidOperationException("The event log is not created yet.");

    private string PersonA => _persons[0];

    private string PersonB => _persons[1];

    private string PersonC => _persons[3];

    /// <summary>A fresh, empty event log and the identity store that merges its persons.</summary>
    protected abstract Task<(IEventLog Log, IIdentityStore Identity)> CreateAsync();

    /// <summary>Appends the batch and tells when it was accepted: every later batch is accepted later.</summary>
    protected abstract Task<(IReadOnlyList<AppendOutcome> Outcomes, DateTimeOffset AcceptedAt)> AppendAsync(params PendingEvent[] batch);

    public async Task InitializeAsync()
    {
        (_log, _identity) = await CreateAsync();
        var (first, firstAt) = await AppendAsync(PlannerEvents.Enrollment("e_1", "ssid-a"), PlannerEvents.Enrollment("e_2", "ssid-b"));
        var (second, secondAt) = await AppendAsync(PlannerEvents.Enrollment("e_3", "ssid-a"), PlannerEvents.Enrollment("e_4", "ssid-c"));
        (_firstAcceptedAt, _secondAcceptedAt) = (firstAt, secondAt);
        _persons = [.. first.Concat(second).Select(outcome => outcome.PersonId!)];
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_walk_meets_each_person_once_and_reports_the_last_event_it_took()
    {
        var walked = await Log.PersonsLoggedAfterAsync(0, FarFuture, 100, None);

        Assert.Equal(PersonA, _persons[2]);
        Assert.Equal([PersonA, PersonB, PersonC], walked.PersonIds);
        Assert.Equal(4, walked.LastSeq);
    }

    [Fact]
    public async Task The_walk_starts_after_the_given_sequence_number_and_takes_at_most_the_limit()
    {
        var middle = await Log.PersonsLoggedAfterAsync(1, FarFuture, 2, None);
        var end = await Log.PersonsLoggedAfterAsync(4, FarFuture, 10, None);

        Assert.Equal([PersonB, PersonA], middle.PersonIds);
        Assert.Equal(3, middle.LastSeq);
        Assert.Empty(end.PersonIds);
        Assert.Equal(4, end.LastSeq);
    }

    [Fact]
    public async Task The_walk_stops_short_of_the_first_event_not_accepted_before_the_cut()
    {
        var firstBatch = await Log.PersonsLoggedAfterAsync(0, _secondAcceptedAt, 100, None);
        var nothing = await Log.PersonsLoggedAfterAsync(0, _firstAcceptedAt, 100, None);

        Assert.Equal([PersonA, PersonB], firstBatch.PersonIds);
        Assert.Equal(2, firstBatch.LastSeq);
        Assert.Empty(nothing.PersonIds);
        Assert.Equal(0, nothing.LastSeq);
    }

    [Fact]
    public async Task The_walk_gives_the_persons_canonical_ids()
    {
        var merge = new MergeRequest(MergeRequest.NewId(), PersonC, PersonB, "same student", "c_steward", FarFuture);
        Assert.Equal(MergeStatus.Merged, (await _identity!.MergeAsync(merge, None)).Status);

        var walked = await Log.PersonsLoggedAfterAsync(0, FarFuture, 100, None);

        Assert.Equal([PersonA, PersonC], walked.PersonIds);
    }
}
