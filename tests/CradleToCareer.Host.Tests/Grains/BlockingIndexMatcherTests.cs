using CradleToCareer.Grains.Ports;
using CradleToCareer.Abstractions;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;
using CradleToCareer.Grains.Matching;
using CradleToCareer.Storage.InMemory.Identity;
using CradleToCareer.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Concurrency;

namespace CradleToCareer.Host.Tests.Grains;

/// <summary>The matcher over real blocking-key grains: each batch's matching state travels in its own placement.</summary>
public sealed class BlockingIndexMatcherTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    private static readonly StudentBlock Ana = new([new StudentIdentifier("ssid", "2000000002")], "Ana", null, "Lopez", new DateOnly(2007, 3, 14));
    private static readonly StudentBlock Roberto = new([new StudentIdentifier("ssid", "2000000003")], "Roberto", null, "Kim", new DateOnly(1990, 11, 2));

    [Fact]
    public async Task A_placement_indexes_its_records_under_the_keys_it_looked_up_even_after_another_batch_was_placed()
    {
        var matcher = new BlockingIndexMatcher(
            fixture.Client,
            new InMemoryMatchRecordSource(fixture.Identity),
            new MatchEncoder([.. Enumerable.Range(7, 32).Select(i => (byte)i)]),
            MatchingSettings.Default,
            TimeProvider.System,
            NullLogger<BlockingIndexMatcher>.Instance);
        await new IdentityDecisions(fixture.EventLog, matcher, new GrainStudentProfiles(fixture.Client), NullLogger<IdentityDecisions>.Instance).AppendAsync([PlannerEvents.Enrollment("e-ana-first", "2000000001")], CancellationToken.None);

        var anaAgain = await matcher.PlaceAsync([new MatchSubject("urn:c2c:source:lea:1#e-ana-again", Ana)], CancellationToken.None);
        var roberto = await matcher.PlaceAsync([new MatchSubject("urn:c2c:source:lea:1#e-roberto", Roberto)], CancellationToken.None);
        var anaRecord = anaAgain.Decisions[0].Record!;
        await matcher.IndexAsync(anaAgain, [anaRecord], CancellationToken.None);

        Assert.NotEmpty(anaAgain.KeysLookedUp);
        Assert.Empty(roberto.KeysLookedUp.Intersect(anaAgain.KeysLookedUp));
        foreach (var key in anaAgain.KeysLookedUp)
        {
            var held = await fixture.Client.GetGrain<IBlockingKeyGrain>(key).CompareAsync(new[] { anaRecord.Fingerprint }.AsImmutable());
            Assert.Contains(anaRecord.RecordId, held.Value[0].Select(candidate => candidate.RecordId));
        }
    }
}
