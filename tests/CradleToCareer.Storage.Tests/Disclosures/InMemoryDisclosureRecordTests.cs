using CradleToCareer.Application.Disclosures;
using CradleToCareer.Storage.InMemory.Disclosures;

namespace CradleToCareer.Storage.Tests.Disclosures;

public sealed class InMemoryDisclosureRecordTests : DisclosureRecordContract
{
    protected override bool RefusesNul => false;

    protected override Task<IDisclosureRecord> CreateRecordAsync() => Task.FromResult<IDisclosureRecord>(new InMemoryDisclosureRecord());
}
