using CradleToCareer.Application.EventLog;
using CradleToCareer.Testing;

namespace CradleToCareer.Storage.Tests.EventLog;

[Collection(PostgresCollection.Name)]
public sealed class PostgresIngestPoisonTests(PostgresFixture postgres) : IngestPoisonContract
{
    private readonly PostgresEventLogs _logs = new();

    protected override bool RefusesNul => true;

    protected override async Task<IEventLog> CreateAsync() => await _logs.CreateAsync(postgres, "ingest_poison");

    public override async Task DisposeAsync() => await _logs.DisposeAsync();
}
