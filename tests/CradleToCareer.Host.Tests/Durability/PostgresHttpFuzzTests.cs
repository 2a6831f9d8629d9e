using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;
using CradleToCareer.Testing.Fuzzing;
using Xunit.Abstractions;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>
/// The HTTP fuzz on PostgreSQL (docs/security.md, Fuzzing), a fifth of the embedded run: 3,200 events (1,600 in JSON
/// batches, 1,600 as NDJSON lines) and 400 bodies each for consents, subscriptions, resolve and organizations, so
/// what the database refuses (a character, a length, a number) shows as a 5xx here.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresHttpFuzzTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const int EventRequests = 1_600 / HttpFuzzer.EventsPerRequest;
    private const int Bodies = 400;

    [Fact]
    public async Task Mutated_bodies_on_every_write_route_get_an_answer_or_a_problem_never_a_5xx()
    {
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync("fuzz"));
        var fuzzer = await HttpFuzzer.StartAsync(service, output.WriteLine);

        await fuzzer.EventBatchesAsync(FuzzRun.Cases(EventRequests));
        await fuzzer.NdjsonStreamsAsync(FuzzRun.Cases(EventRequests));
        await fuzzer.ConsentsAsync(FuzzRun.Cases(Bodies));
        await fuzzer.SubscriptionsAsync(FuzzRun.Cases(Bodies));
        await fuzzer.ResolvesAsync(FuzzRun.Cases(Bodies));
        await fuzzer.OrganizationsAsync(FuzzRun.Cases(Bodies));
        await fuzzer.ResearchProjectsAsync(FuzzRun.Cases(Bodies));
    }
}
