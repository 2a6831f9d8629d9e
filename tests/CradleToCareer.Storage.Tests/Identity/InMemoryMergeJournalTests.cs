using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Storage.InMemory.EventLog;
using CradleToCareer.Storage.InMemory.Identity;

namespace CradleToCareer.Storage.Tests.Identity;

public sealed class InMemoryMergeJournalTests : MergeJournalContract
{
    protected override Task<(IEventLog Log, IIdentityStore Store, IMergeJournal Journal)> CreateAsync()
    {
        var identity = new InMemoryIdentity();
        return Task.FromResult<(IEventLog, IIdentityStore, IMergeJournal)>(
            (new InMemoryEventLog(identity, TimeProvider.System), new InMemoryIdentityStore(identity), new InMemoryMergeJournal(identity)));
    }
}
