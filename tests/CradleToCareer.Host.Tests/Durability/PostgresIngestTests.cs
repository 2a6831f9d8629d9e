using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>The durable mode: the event log, identity index and Orleans providers on a real PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresIngestTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Accepted_events_survive_a_restart_and_coming_again_are_duplicates()
    {
        var database = await postgres.CreateDatabaseAsync("restart");
        var ssid = TestEvents.NewSsid();
        var events = new[] { TestEvents.Course("r-1", ssid, mark: "A"), TestEvents.Course("r-2", ssid, mark: "B") };
        string personId;
        await using (var first = await ServiceUnderTest.StartAsync(database))
        {
            var results = await first.Http.PostBatchAsync(events);
            Assert.All(results, r => Assert.Equal("accepted", r.Status()));
            personId = results[0].PersonId();
        }

        await using var second = await ServiceUnderTest.StartAsync(database);
        var profile = await second.Http.GetJsonAsync($"/v1/students/{personId}");
        var again = await second.Http.PostBatchAsync(events);

        Assert.Equal(3.5m, profile["k12"]!["gpa"]!.GetValue<decimal>());
        Assert.All(again, r => Assert.Equal("duplicate", r.Status()));
        Assert.All(again, r => Assert.Equal(personId, r.PersonId()));
    }

    /// <summary>
    /// No constraint ties an event to its person since migration 0024, so the check the ingest tests make must find an
    /// event whose person is missing; the events ingest writes name persons it wrote or found.
    /// </summary>
    [Fact]
    public async Task The_integrity_check_finds_an_event_naming_no_person_and_ingest_writes_none()
    {
        var database = await postgres.CreateDatabaseAsync("log-persons");
        await using var service = await ServiceUnderTest.StartAsync(database);
        var ssid = TestEvents.NewSsid();
        var results = await service.Http.PostBatchAsync([TestEvents.Course("lp-1", ssid, mark: "A"), TestEvents.Course("lp-2", TestEvents.NewSsid(), mark: "B")]);
        var afterIngest = await EventLogIntegrity.EventsWithoutTheirPersonAsync(database);
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var orphan = new NpgsqlCommand(
                "INSERT INTO c2c_event_log (source, event_id, person_id, type, content_hash, body) VALUES ('probe', 'orphan', 'p_nobody', 'probe', '\\x00', '{}')",
                connection);
            await orphan.ExecuteNonQueryAsync();
        }

        Assert.All(results, r => Assert.Equal("accepted", r.Status()));
        Assert.Equal(0, afterIngest);
        Assert.Equal(1, await EventLogIntegrity.EventsWithoutTheirPersonAsync(database));
    }

    [Fact]
    public async Task Consents_survive_a_restart_in_the_student_grain_and_the_recipient_index()
    {
        var database = await postgres.CreateDatabaseAsync("consents");
        var ssid = TestEvents.NewSsid();
        string personId;
        await using (var first = await ServiceUnderTest.StartAsync(database))
        {
            personId = (await first.Http.PostSingleAsync(TestEvents.Course("consent-durable", ssid))).PersonId();
            var granted = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(first.Http, $"/v1/students/{personId}/consents", new
            {
                recipientOrgId = TestTenant.OrganizationId,
                scopes = new[] { "progress" },
                purpose = "advising",
                expiresAt = DateTimeOffset.UtcNow.AddMonths(3),
                grantor = "student",
            });
            Assert.Equal(System.Net.HttpStatusCode.Created, granted.StatusCode);
        }

        await using var second = await ServiceUnderTest.StartAsync(database);
        var studentSide = await second.Http.GetJsonArrayAsync($"/v1/students/{personId}/consents");
        var recipientSide = await second.Http.GetJsonArrayAsync("/v1/consents");

        Assert.Equal("active", studentSide.Single()!["status"]!.GetValue<string>());
        Assert.Contains(recipientSide, c => c!["personId"]!.GetValue<string>() == personId);
    }

    [Fact]
    public async Task No_raw_ssn_rests_anywhere_in_the_database()
    {
        var database = await postgres.CreateDatabaseAsync("ssn");
        var ssid = TestEvents.NewSsid();
        var ssn = "6" + Random.Shared.Next(10_000_000, 99_999_999);
        await using (var service = await ServiceUnderTest.StartAsync(database))
        {
            var result = await service.Http.PostSingleAsync(TestEvents.Fafsa("ssn-at-rest", ssid, $"{ssn[..3]}-{ssn[3..5]}-{ssn[5..]}"));
            Assert.Equal("accepted", result.Status());
        }

        var everything = await DumpAllTablesAsync(database);

        Assert.Contains(ssid, everything);
        Assert.DoesNotContain(ssn, everything);
        Assert.DoesNotContain($"{ssn[..3]}-{ssn[3..5]}", everything);
    }

    [Theory]
    [InlineData("UPDATE c2c_event_log SET person_id = person_id")]
    [InlineData("DELETE FROM c2c_event_log")]
    [InlineData("TRUNCATE c2c_event_log CASCADE")]
    public async Task The_event_log_refuses_to_change_or_lose_what_it_holds(string statement)
    {
        var database = await postgres.CreateDatabaseAsync("appendonly");
        await using (var service = await ServiceUnderTest.StartAsync(database))
        {
            await service.Http.PostSingleAsync(TestEvents.Course("kept", TestEvents.NewSsid()));
        }

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var refused = await Assert.ThrowsAsync<PostgresException>(() => new NpgsqlCommand(statement, connection).ExecuteNonQueryAsync());
        var count = await new NpgsqlCommand("SELECT count(*) FROM c2c_event_log", connection).ExecuteScalarAsync();

        Assert.Contains("append-only", refused.MessageText);
        Assert.Equal(1L, count);
    }

    [Fact]
    public async Task While_the_database_is_away_ingest_answers_503_and_commits_nothing()
    {
        var database = await postgres.CreateDatabaseAsync("away");
        var name = new NpgsqlConnectionStringBuilder(database).Database;
        var course = TestEvents.Course("away-1", TestEvents.NewSsid());
        await using var service = await ServiceUnderTest.StartAsync(database);

        await AdminAsync($"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS false");
        await AdminAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
        var refused = await service.Http.PostRawAsync(course.ToLine(), "application/cloudevents+json");
        await AdminAsync($"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS true");
        var later = await SendAsRetryAfterAsksAsync(service.Http, course);

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("accepted", later.Status());
    }

    /// <summary>
    /// A client that honours 503: the first requests after the database returns may still meet a pooled
    /// connection the outage broke (each is then dropped), so a few retries are what Retry-After asks for.
    /// </summary>
    private static async Task<System.Text.Json.Nodes.JsonObject> SendAsRetryAfterAsksAsync(HttpClient http, System.Text.Json.Nodes.JsonObject sourceEvent)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await http.PostRawAsync(sourceEvent.ToLine(), "application/cloudevents+json");
            if (response.StatusCode != System.Net.HttpStatusCode.ServiceUnavailable || attempt == 3)
            {
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.IsSuccessStatusCode, body);
                return (System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse(body)!["results"]![0]!;
            }
        }
    }

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(postgres.Server.AdminConnectionString);
        await connection.OpenAsync();
        await new NpgsqlCommand(sql, connection).ExecuteNonQueryAsync();
    }

    private static async Task<string> DumpAllTablesAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            await using var dump = new NpgsqlCommand($"SELECT coalesce(string_agg(t::text, E'\\n'), '') FROM \"{table}\" t", connection);
            text.AppendLine((string)(await dump.ExecuteScalarAsync())!);
        }

        return text.ToString();
    }
}
