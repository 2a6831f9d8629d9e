using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Storage.InMemory.EventLog;
using CradleToCareer.Storage.InMemory.Identity;

namespace CradleToCareer.Storage.Tests.Identity;

public sealed class InMemoryReviewRecheckTests : ReviewRecheckContract
{
    protected override Task<(IEventLog Log, IIdentityStore Store, IReviewRecheckStore Rechecks)> CreateAsync()
    {
        var identity = new InMemoryIdentity();
        return Task.FromResult<(IEventLog, IIdentityStore, IReviewRecheckStore)>(
            (new InMemoryEventLog(identity, TimeProvider.System), new InMemoryIdentityStore(identity), new InMemoryReviewRechecks(identity)));
    }
}
