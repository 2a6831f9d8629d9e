using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>A host process killed with SIGKILL after acknowledging events loses none of them and applies none twice.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CrashTests(PostgresFixture postgres)
{
    private const int Students = 8;
    private const int Writers = 4;

    [Fact]
    public async Task Every_acknowledged_event_is_in_the_profile_after_a_sigkill_and_none_twice()
    {
        var database = await postgres.CreateDatabaseAsync("crash");
        var ssids = Enumerable.Range(0, Students).Select(_ => TestEvents.NewSsid()).ToArray();
        var sent = new ConcurrentBag<JsonObject>();
        var acknowledged = new ConcurrentDictionary<string, ConcurrentBag<string>>();
        var batchesAcknowledged = 0;

        var doomed = await HostProcess.StartAsync(database);
        await using (doomed)
        {
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
            {
                for (var batch = 0; !stop.IsCancellationRequested; batch++)
                {
                    var events = ssids.Select((ssid, s) => TestEvents.Course($"crash-{writer}-{batch}-{s}", ssid)).ToArray();
                    foreach (var e in events)
                    {
                        sent.Add(e);
                    }

                    try
                    {
                        var results = await doomed.Http.PostBatchAsync(events);
                        for (var i = 0; i < events.Length; i++)
                        {
                            Assert.Equal("accepted", results[i].Status());
                            acknowledged.GetOrAdd(results[i].PersonId(), _ => []).Add(CourseCode(events[i]));
                        }

                        Interlocked.Increment(ref batchesAcknowledged);
                    }
                    catch (HttpRequestException)
                    {
                        return;
                    }
                }
            })).ToList();

            while (Volatile.Read(ref batchesAcknowledged) < 40)
            {
                await Task.Delay(20);
            }

            await doomed.KillAsync();
            stop.Cancel();
            await Task.WhenAll(writers);
        }

        await using var restarted = await HostProcess.StartAsync(database, replacing: doomed);
        foreach (var (personId, codes) in acknowledged)
        {
            var courses = await CourseCodesAsync(restarted.Http, personId);
            Assert.Subset(courses.ToHashSet(), codes.ToHashSet());
            Assert.Equal(courses.Count, courses.Distinct().Count());
        }

        var resent = await restarted.Http.PostBatchAsync([.. sent]);
        Assert.All(resent, r => Assert.Contains(r.Status(), new[] { "accepted", "duplicate" }));
        var total = 0;
        foreach (var personId in resent.Select(r => r.PersonId()).Distinct())
        {
            total += (await CourseCodesAsync(restarted.Http, personId)).Count;
        }

        Assert.Equal(sent.Count, total);
    }

    private static string CourseCode(JsonObject sourceEvent) => sourceEvent["data"]!["courseCode"]!.GetValue<string>();

    private static async Task<List<string>> CourseCodesAsync(HttpClient http, string personId)
    {
        var profile = await http.GetJsonAsync($"/v1/students/{personId}");
        return profile["k12"]!["courses"]!.AsArray().Select(c => c!["courseCode"]!.GetValue<string>()).ToList();
    }
}
