using System.Net;
using System.Text.Json.Nodes;
using CradleToCareer.Abstractions;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Storage.Postgres;
using CradleToCareer.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>A host whose connection pool is used up answers 503 with Retry-After, and commits nothing of the refused batch.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PoolExhaustionTests(PostgresFixture postgres)
{
    [Fact]
    public async Task With_every_pooled_connection_taken_ingest_answers_503_grains_fail_as_unavailable_and_a_resend_is_accepted()
    {
        var database = await postgres.CreateDatabaseAsync("pool");
        var ssid = TestEvents.NewSsid();
        await using var service = await ServiceUnderTest.StartAsync(
            database + ";Timeout=1", "C2C:Database:MaxPoolSize=1", "C2C:Identity:Matching:Enabled=false");
        var personId = (await service.Http.PostSingleAsync(TestEvents.Course("pool-0", ssid))).PersonId();
        var batch = new JsonArray(TestEvents.Course("pool-1", ssid), TestEvents.Course("pool-2", ssid)).ToJsonString();

        HttpResponseMessage refused;
        Exception fromGrain;
        await using (await service.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync())
        {
            refused = await service.Http.PostRawAsync(batch, "application/cloudevents-batch+json");
            var student = service.Services.GetRequiredService<IClusterClient>().GetGrain<IStudentGrain>(personId);
            fromGrain = await Assert.ThrowsAnyAsync<Exception>(() => student.GetProfileAsync());
        }

        var body = await refused.Content.ReadAsStringAsync();
        var resent = await SendUntilServedAsync(service.Http, batch);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.DoesNotContain("Npgsql", body);
        Assert.DoesNotContain(" at ", body);
        Assert.True(PostgresFailures.IsUnavailable(fromGrain), fromGrain.ToString());
        Assert.All(resent, result => Assert.Equal("accepted", result.Status()));
    }

    /// <summary>Sends as Retry-After asks until the pool has a connection again.</summary>
    private static async Task<JsonArray> SendUntilServedAsync(HttpClient http, string batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await http.PostRawAsync(batch, "application/cloudevents-batch+json");
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || attempt == 5)
            {
                Assert.True(response.IsSuccessStatusCode, body);
                return (JsonArray)JsonNode.Parse(body)!["results"]!;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }
}
