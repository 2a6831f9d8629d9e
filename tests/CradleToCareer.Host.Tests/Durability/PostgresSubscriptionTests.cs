using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>Subscriptions survive a restart, and their secrets never rest in clear.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSubscriptionTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_subscription_outlives_a_restart_and_its_secret_is_stored_sealed()
    {
        var database = await postgres.CreateDatabaseAsync("subscriptions");
        var key = Enumerable.Range(7, 32).Select(i => (byte)i).ToArray();
        var secret = "whsec_" + Convert.ToBase64String(key);
        string location, orgId;
        await using (var first = await ServiceUnderTest.StartAsync(database))
        {
            var (org, token) = await first.Anonymous.NewClientTokenAsync(["subscriber"]);
            var subscriber = TestTenant.Authenticated(first.Http.BaseAddress!, token);
            var created = await subscriber.PostAsJsonAsync("/v1/subscriptions", new { url = "https://hooks.example.org/c2c", milestones = new[] { "*" }, secret });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            location = created.Headers.Location!.OriginalString;
            orgId = org;
        }

        await using var second = await ServiceUnderTest.StartAsync(database);
        var (_, again) = await second.Anonymous.NewClientTokenAsync(["subscriber"], orgId);
        var read = await TestTenant.Authenticated(second.Http.BaseAddress!, again).GetFromJsonAsync<JsonObject>(location);
        var stored = await StoredRowsAsync(database);

        Assert.Equal(("https://hooks.example.org/c2c", "active"), (read!["url"]!.GetValue<string>(), read["status"]!.GetValue<string>()));
        Assert.Contains(stored, row => row.AsSpan().IndexOf("hooks.example.org"u8) >= 0);
        Assert.All(stored, payload =>
        {
            Assert.True(payload.AsSpan().IndexOf(key) < 0, "the raw key is stored");
            Assert.True(payload.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(Convert.ToBase64String(key))) < 0, "the base64 key is stored");
        });
    }

    /// <summary>Every subscription row and every grain state, as bytes.</summary>
    private static async Task<List<byte[]>> StoredRowsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT convert_to(s::text, 'UTF8') || sealed_secret FROM c2c_webhook_subscription s
            UNION ALL SELECT payload FROM c2c_orleans_grain_state WHERE payload IS NOT NULL
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var payloads = new List<byte[]>();
        while (await reader.ReadAsync())
        {
            payloads.Add((byte[])reader[0]);
        }

        return payloads;
    }
}
