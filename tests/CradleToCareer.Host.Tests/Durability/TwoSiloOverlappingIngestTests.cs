using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Identity;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>
/// Two silos taking records of the same students at the same moment (issue 18): whatever serializes identity
/// decisions, one student gets one person and no accepted event is lost or taken twice. Both silos send their
/// batches in the same student order, so a batch on one silo and the batch running beside it on the other name the
/// same students. Small batches claim their identifiers and blocking keys one by one; batches of ten new students claim
/// more than the test server allows one session to lock (half of its <c>max_locks_per_transaction</c>, 64) and hold the
/// placing lock instead: both ways are run.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoSiloOverlappingIngestTests(PostgresFixture postgres)
{
    private const int Students = 60;

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    public async Task Records_sharing_an_identifier_sent_to_both_silos_at_once_give_one_person_per_student_and_every_event_once(int batchSize)
    {
        var (first, second, database) = await ClusterAsync($"overlap-ids-{batchSize}");
        await using var _ = first;
        await using var __ = second;
        var ssids = Enumerable.Range(0, Students).Select(_ => TestEvents.NewSsid()).ToList();
        var toFirst = ssids.Select((ssid, i) => TestEvents.Course($"ov-a-{i}-{ssid}", ssid, mark: "A")).ToList();
        var toSecond = ssids.Select((ssid, i) => TestEvents.Course($"ov-b-{i}-{ssid}", ssid, mark: "B")).ToList();

        var (fromFirst, fromSecond) = await SendAtOnceAsync(first, toFirst, second, toSecond, batchSize);
        var resent = await second.Http.PostBatchAsync([.. toFirst]);

        Assert.All(fromFirst.Concat(fromSecond), result => Assert.Equal("accepted", result.Status()));
        Assert.Equal(fromFirst.Select(r => r.PersonId()), fromSecond.Select(r => r.PersonId()));
        Assert.Equal(Students, fromFirst.Select(r => r.PersonId()).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(0, await EventLogIntegrity.EventsWithoutTheirPersonAsync(database));
        Assert.All(resent, result => Assert.Equal("duplicate", result.Status()));
        Assert.Equal(fromFirst.Select(r => r.PersonId()), resent.Select(r => r.PersonId()));
        foreach (var personId in fromFirst.Select(r => r.PersonId()).Where((_, i) => i % 10 == 0))
        {
            var profile = await second.Http.GetJsonAsync($"/v1/students/{personId}");
            Assert.Equal(3.5m, profile["k12"]!["gpa"]!.GetValue<decimal>());
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    public async Task Records_of_one_student_without_a_shared_identifier_sent_to_both_silos_at_once_are_matched_to_one_person(int batchSize)
    {
        var (first, second, database) = await ClusterAsync($"overlap-match-{batchSize}");
        await using var _ = first;
        await using var __ = second;
        var people = Enumerable.Range(0, Students).Select(_ => new MatchingPeople()).ToList();
        var k12 = people.Select((p, i) => TestEvents.EnrollmentOf($"om-k-{i}-{p.Surname}", MatchingPeople.Block(
            MatchingPeople.Ssid(TestEvents.NewSsid()), "Beatriz", p.Surname, p.BirthDate, "F", p.Street(3), "Lodi", "95240"))).ToList();
        var college = people.Select((p, i) => TestEvents.CollegeEnrollmentOf($"om-c-{i}-{p.Surname}", MatchingPeople.Block(
            MatchingPeople.CollegeId(), "Beatriz", p.Surname, p.BirthDate, "F", p.Street(3), "Lodi", "95240"))).ToList();

        var (fromFirst, fromSecond) = await SendAtOnceAsync(first, k12, second, college, batchSize);

        Assert.All(fromFirst.Concat(fromSecond), result => Assert.Equal("accepted", result.Status()));
        Assert.Equal(fromFirst.Select(r => r.PersonId()), fromSecond.Select(r => r.PersonId()));
        Assert.Equal(Students, fromFirst.Select(r => r.PersonId()).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(0, await EventLogIntegrity.EventsWithoutTheirPersonAsync(database));
    }

    /// <summary>
    /// A re-send racing its first send: batches of students already known claim nothing, so both silos may find the same
    /// events unlogged; the one that commits second begins again and answers them duplicate.
    /// </summary>
    [Fact]
    public async Task The_same_events_sent_to_both_silos_at_once_are_accepted_once_and_answered_duplicate_once()
    {
        var (first, second, database) = await ClusterAsync("overlap-same");
        await using var _ = first;
        await using var __ = second;
        var ssids = Enumerable.Range(0, Students).Select(_ => TestEvents.NewSsid()).ToList();
        var known = await first.Http.PostBatchAsync([.. ssids.Select((ssid, i) => TestEvents.Course($"os-k-{i}-{ssid}", ssid, mark: "B"))]);
        var again = ssids.Select((ssid, i) => TestEvents.Course($"os-{i}-{ssid}", ssid, mark: "A")).ToList();

        var (fromFirst, fromSecond) = await SendAtOnceAsync(first, again, second, again, 10);

        Assert.All(known, result => Assert.Equal("accepted", result.Status()));
        Assert.All(fromFirst.Zip(fromSecond), pair =>
            Assert.Equal(["accepted", "duplicate"], new[] { pair.First.Status(), pair.Second.Status() }.Order(StringComparer.Ordinal)));
        Assert.Equal(known.Select(r => r.PersonId()), fromFirst.Select(r => r.PersonId()));
        Assert.Equal(0, await EventLogIntegrity.EventsWithoutTheirPersonAsync(database));
    }

    /// <summary>Sends each list to its silo in batches, every batch of both at once; the results in the lists' order.</summary>
    private static async Task<(List<JsonNode?> First, List<JsonNode?> Second)> SendAtOnceAsync(
        ServiceUnderTest first, List<JsonObject> toFirst, ServiceUnderTest second, List<JsonObject> toSecond, int batchSize)
    {
        var sent = await Task.WhenAll(
            Task.WhenAll(toFirst.Chunk(batchSize).Select(batch => first.Http.PostBatchAsync(batch))),
            Task.WhenAll(toSecond.Chunk(batchSize).Select(batch => second.Http.PostBatchAsync(batch))));
        return ([.. sent[0].SelectMany(results => results)], [.. sent[1].SelectMany(results => results)]);
    }

    private async Task<(ServiceUnderTest First, ServiceUnderTest Second, string Database)> ClusterAsync(string name)
    {
        var database = await postgres.CreateDatabaseAsync(name);
        var cluster = "C2C:Cluster:ClusterId=" + name;
        var first = await ServiceUnderTest.StartAsync(database, cluster);
        return (first, await ServiceUnderTest.StartAsync(database, cluster), database);
    }
}
