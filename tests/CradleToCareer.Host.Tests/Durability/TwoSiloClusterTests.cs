using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>Two hosts on one database form one Orleans cluster; both serve; stopping one loses nothing.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoSiloClusterTests(PostgresFixture postgres)
{
    private const int Students = 20;

    [Fact]
    public async Task Both_silos_ingest_and_serve_and_the_survivor_has_everything_after_one_stops()
    {
        var database = await postgres.CreateDatabaseAsync("cluster");
        var cluster = "C2C:Cluster:ClusterId=two-silos";
        var ssids = Enumerable.Range(0, Students).Select(_ => TestEvents.NewSsid()).ToArray();
        await using var survivor = await ServiceUnderTest.StartAsync(database, cluster);
        var leaving = await ServiceUnderTest.StartAsync(database, cluster);
        Assert.Equal(2, ActiveSilos(survivor));

        var viaSurvivor = await survivor.Http.PostBatchAsync([.. ssids.Select(s => TestEvents.Course("one-" + s, s, mark: "A"))]);
        var viaLeaving = await leaving.Http.PostBatchAsync([.. ssids.Select(s => TestEvents.Course("two-" + s, s, mark: "C"))]);
        var persons = viaSurvivor.Select(r => r.PersonId()).ToArray();
        Assert.Equal(persons, viaLeaving.Select(r => r.PersonId()));

        foreach (var personId in persons)
        {
            Assert.Equal(3.0m, (await leaving.Http.GetJsonAsync($"/v1/students/{personId}"))["k12"]!["gpa"]!.GetValue<decimal>());
            Assert.Equal(3.0m, (await survivor.Http.GetJsonAsync($"/v1/students/{personId}"))["k12"]!["gpa"]!.GetValue<decimal>());
        }

        await leaving.DisposeAsync();
        var afterwards = await survivor.Http.PostBatchAsync([.. ssids.Select(s => TestEvents.Course("three-" + s, s, mark: "B"))]);

        Assert.All(afterwards, r => Assert.Equal("accepted", r.Status()));
        foreach (var personId in persons)
        {
            var profile = await survivor.Http.GetJsonAsync($"/v1/students/{personId}");
            Assert.Equal(3, profile["k12"]!["courses"]!.AsArray().Count);
            Assert.Equal(3.0m, profile["k12"]!["gpa"]!.GetValue<decimal>());
        }
    }

    private static int ActiveSilos(ServiceUnderTest service) =>
        service.Services.GetRequiredService<IClusterMembershipService>().CurrentSnapshot.Members.Values
            .Count(member => member.Status == SiloStatus.Active);
}
