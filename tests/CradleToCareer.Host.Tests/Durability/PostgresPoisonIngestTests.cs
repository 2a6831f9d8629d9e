using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>
/// A NUL in an event (which PostgreSQL cannot store, and validation now rejects before storage; the storage suites
/// prove the isolation behind it) and a database lost in the middle of an NDJSON stream: every other event is
/// committed and every line answered, in one valid JSON body.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPoisonIngestTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_NUL_event_in_a_batch_is_rejected_alone_and_its_neighbours_are_accepted_and_readable()
    {
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync("poison_batch"));
        var ssid = TestEvents.NewSsid();

        var results = await service.Http.PostBatchAsync(
            TestEvents.Course("poison-1-" + ssid, ssid), WithNul(TestEvents.Course("poison-2-" + ssid, ssid)), TestEvents.Course("poison-3-" + ssid, ssid));

        Assert.Equal(["accepted", "rejected", "accepted"], results.Select(r => r.Status()));
        var profile = await service.Http.GetJsonAsync($"/v1/students/{results[0].PersonId()}");
        Assert.Equal(2, profile["eventCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_NDJSON_stream_with_a_NUL_line_answers_every_line_and_accepts_all_others()
    {
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync("poison_stream"));
        var lines = Lines(1_500, "nul-line");
        lines[1_200] = WithNul(JsonNode.Parse(lines[1_200])!.AsObject()).ToLine();

        var response = await service.Http.PostRawAsync(string.Join("\n", lines) + "\n", "application/x-ndjson");
        var results = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["results"]!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1_500, results.Count);
        Assert.Equal("rejected", results[1_200].Status());
        Assert.All(results.Where((_, i) => i != 1_200), result => Assert.Equal("accepted", result.Status()));
    }

    [Fact]
    public async Task A_database_lost_in_the_middle_of_an_NDJSON_stream_answers_every_later_line_as_not_stored_in_valid_json()
    {
        var database = await postgres.CreateDatabaseAsync("lost_stream");
        await using var service = await ServiceUnderTest.StartAsync(
            database + ";Timeout=1", "C2C:Database:MaxPoolSize=1", "C2C:Identity:Matching:Enabled=false");
        await using var watcher = NpgsqlDataSource.Create(database);
        var lines = Lines(1_500, "lost");
        var restMayGo = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var content = new TwoPartContent(lines[..1_000], lines[1_000..], restMayGo.Task);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-ndjson");

        var sending = service.Http.PostAsync("/v1/events", content);
        await WaitForLoggedEventsAsync(watcher, 1_000);
        await using (await TakeOnlyConnectionAsync(service))
        {
            restMayGo.SetResult();
            var response = await sending;
            var results = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["results"]!.AsArray();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(1_500, results.Count);
            Assert.All(results.Take(1_000), result => Assert.Equal("accepted", result.Status()));
            Assert.All(results.Skip(1_000), result =>
            {
                Assert.Equal("rejected", result.Status());
                Assert.Contains("database became unavailable; send it again", result!["errors"]![0]!["message"]!.GetValue<string>());
            });
        }

        var resent = await service.Http.PostNdjsonAsync(lines[1_000..]);
        Assert.All(resent, result => Assert.Equal("accepted", result.Status()));
    }

    private static JsonObject WithNul(JsonObject sourceEvent)
    {
        sourceEvent["data"]!["courseTitle"] = "English\u000011";
        return sourceEvent;
    }

    private static string[] Lines(int count, string prefix)
    {
        var ssid = TestEvents.NewSsid();
        return [.. Enumerable.Range(0, count).Select(i => TestEvents.Course($"{prefix}-{i}-{ssid}", ssid).ToLine())];
    }

    private static async Task WaitForLoggedEventsAsync(NpgsqlDataSource database, long count)
    {
        await using var command = database.CreateCommand("SELECT count(*) FROM c2c_event_log");
        while ((long)(await command.ExecuteScalarAsync())! < count)
        {
            await Task.Delay(20);
        }
    }

    /// <summary>Holds the service's only pooled connection; grains reading after the first chunk may hold it a moment.</summary>
    private static async Task<NpgsqlConnection> TakeOnlyConnectionAsync(ServiceUnderTest service)
    {
        var dataSource = service.Services.GetRequiredService<NpgsqlDataSource>();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await dataSource.OpenConnectionAsync();
            }
            catch (NpgsqlException) when (attempt < 20)
            {
            }
        }
    }

    /// <summary>An NDJSON body sent in two parts: the second only once <paramref name="restMayGo"/> completes.</summary>
    private sealed class TwoPartContent(string[] first, string[] rest, Task restMayGo) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(string.Join("\n", first) + "\n"));
            await stream.FlushAsync();
            await restMayGo;
            await stream.WriteAsync(Encoding.UTF8.GetBytes(string.Join("\n", rest) + "\n"));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
