using CradleToCareer.Domain.Events;
using CradleToCareer.Storage.InMemory.EventLog;
using CradleToCareer.Storage.InMemory.Identity;
using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CradleToCareer.Storage.Tests.Alerts;

public sealed class InMemoryLoggedPersonsTests : LoggedPersonsContract
{
    private readonly FakeClock _clock = new(new DateTimeOffset(2026, 5, 2, 17, 0, 0, TimeSpan.Zero));
    private InMemoryEventLog? _log;

    protected override Task<(IEventLog Log, IIdentityStore Identity)> CreateAsync()
    {
        var identity = new InMemoryIdentity();
        _log = new InMemoryEventLog(identity, _clock);
        return Task.FromResult<(IEventLog, IIdentityStore)>((_log, new InMemoryIdentityStore(identity)));
    }

    protected override async Task<(IReadOnlyList<AppendOutcome> Outcomes, DateTimeOffset AcceptedAt)> AppendAsync(params PendingEvent[] batch)
    {
        var acceptedAt = _clock.GetUtcNow();
        var outcomes = await new IdentityDecisions(_log!, new DeterministicOnly(), NoProfileRefresh.Instance, NullLogger<IdentityDecisions>.Instance).AppendAsync(batch, None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        return (outcomes, acceptedAt);
    }
}
