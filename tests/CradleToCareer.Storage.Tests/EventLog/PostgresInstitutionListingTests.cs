using CradleToCareer.Application.EventLog;
using CradleToCareer.Testing;

namespace CradleToCareer.Storage.Tests.EventLog;

[Collection(PostgresCollection.Name)]
public sealed class PostgresInstitutionListingTests(PostgresFixture postgres) : InstitutionListingContract
{
    private readonly PostgresEventLogs _logs = new();

    protected override async Task<IEventLog> CreateAsync() => await _logs.CreateAsync(postgres, "institution_listing");

    public override async Task DisposeAsync() => await _logs.DisposeAsync();
}
