using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing.Fuzzing;
using Xunit.Abstractions;

namespace CradleToCareer.Host.Tests.Api;

/// <summary>
/// The HTTP fuzz on the embedded default (docs/security.md, Fuzzing): mutated real-looking bodies on a real Kestrel
/// port: 105,000 cases: 80,000 events (40,000 in JSON batches, 40,000 as NDJSON lines), 5,000 consents,
/// 5,000 subscriptions, 5,000 student blocks to resolve, 5,000 organizations and 5,000 research projects. No answer is a 5xx or shows a stack trace; every 4xx is
/// problem+json.
/// </summary>
public sealed class HttpFuzzTests(EmbeddedServiceFixture service, ITestOutputHelper output) : IClassFixture<EmbeddedServiceFixture>
{
    private const int EventRequests = 40_000 / HttpFuzzer.EventsPerRequest;

    private const int Bodies = 5_000;

    [Fact]
    public async Task Mutated_event_batches_get_a_result_per_event_or_a_problem() =>
        await (await FuzzerAsync()).EventBatchesAsync(FuzzRun.Cases(EventRequests));

    [Fact]
    public async Task Mutated_ndjson_lines_get_a_result_each() =>
        await (await FuzzerAsync()).NdjsonStreamsAsync(FuzzRun.Cases(EventRequests));

    [Fact]
    public async Task Mutated_consents_get_created_or_a_problem() =>
        await (await FuzzerAsync()).ConsentsAsync(FuzzRun.Cases(Bodies));

    [Fact]
    public async Task Mutated_subscriptions_get_created_or_a_problem() =>
        await (await FuzzerAsync()).SubscriptionsAsync(FuzzRun.Cases(Bodies));

    [Fact]
    public async Task Mutated_student_blocks_get_resolved_or_a_problem() =>
        await (await FuzzerAsync()).ResolvesAsync(FuzzRun.Cases(Bodies));

    [Fact]
    public async Task Mutated_organizations_get_created_or_a_problem() =>
        await (await FuzzerAsync()).OrganizationsAsync(FuzzRun.Cases(Bodies));

    [Fact]
    public async Task Mutated_research_projects_get_approved_or_a_problem() =>
        await (await FuzzerAsync()).ResearchProjectsAsync(FuzzRun.Cases(Bodies));

    private Task<HttpFuzzer> FuzzerAsync() => HttpFuzzer.StartAsync(service.Service, output.WriteLine);
}
