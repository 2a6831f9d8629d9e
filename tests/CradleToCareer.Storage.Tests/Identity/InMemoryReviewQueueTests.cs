using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Storage.InMemory.EventLog;
using CradleToCareer.Storage.InMemory.Identity;

namespace CradleToCareer.Storage.Tests.Identity;

public sealed class InMemoryReviewQueueTests : ReviewQueueContract
{
    protected override Task<(IEventLog Log, IIdentityStore Store)> CreateAsync()
    {
        var identity = new InMemoryIdentity();
        return Task.FromResult<(IEventLog, IIdentityStore)>((new InMemoryEventLog(identity, TimeProvider.System), new InMemoryIdentityStore(identity)));
    }
}
