using CradleToCareer.Application.EventLog;
using CradleToCareer.Storage.InMemory.EventLog;
using CradleToCareer.Storage.InMemory.Identity;

namespace CradleToCareer.Storage.Tests.EventLog;

public sealed class InMemoryInstitutionListingTests : InstitutionListingContract
{
    protected override Task<IEventLog> CreateAsync() =>
        Task.FromResult<IEventLog>(new InMemoryEventLog(new InMemoryIdentity(), TimeProvider.System));
}
