using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Host.Tests.Identity;

/// <summary>Identity on PostgreSQL: exact undo, an index that survives restarts, and one that holds no clear text.</summary>
[Collection(PostgresCollection.Name)]
public sealed class IdentityPostgresTests(PostgresFixture postgres)
{
    private readonly MatchingPeople _people = new();

    [Fact]
    public async Task Undoing_a_merge_restores_both_profiles_of_dozens_of_events_exactly()
    {
        var database = await postgres.CreateDatabaseAsync("merge-undo");
        await using var service = await ServiceUnderTest.StartAsync(database);
        var survivor = await HistoryAsync(service, 30, "A");
        var merged = await HistoryAsync(service, 24, "C");
        var before = (await ProfileAsync(service, survivor), await ProfileAsync(service, merged));
        var steward = await StewardAsync(service);

        var merge = await steward.PostAsJsonAsync("/v1/identity/merges", new { survivorId = survivor, mergedId = merged, reason = "one student enrolled twice" });
        var mergeId = (await merge.Content.ReadFromJsonAsync<JsonObject>())!["mergeId"]!.GetValue<string>();
        var during = await ProfileAsync(service, merged);
        var undo = await steward.PostAsJsonAsync($"/v1/identity/merges/{mergeId}/undo", new { reason = "different students" });
        var after = (await ProfileAsync(service, survivor), await ProfileAsync(service, merged));

        Assert.Equal(HttpStatusCode.Created, merge.StatusCode);
        Assert.Equal(survivor, during["personId"]!.GetValue<string>());
        Assert.Equal(54, during["k12"]!["courses"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal(before.Item1.ToJsonString(), after.Item1.ToJsonString());
        Assert.Equal(before.Item2.ToJsonString(), after.Item2.ToJsonString());
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var journal = await ScalarAsync(connection, $"SELECT merged_by || '|' || reason FROM c2c_identity_merge WHERE merge_id = '{mergeId}'");
        var undone = await ScalarAsync(connection, $"SELECT reason FROM c2c_identity_merge_undo WHERE merge_id = '{mergeId}'");
        var rewrite = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(connection, "UPDATE c2c_identity_merge SET reason = 'x'"));
        Assert.EndsWith("|one student enrolled twice", journal);
        Assert.Equal("different students", undone);
        Assert.Contains("append-only", rewrite.MessageText);
        Assert.Equal(0, await EventLogIntegrity.EventsWithoutTheirPersonAsync(database));
    }

    [Fact]
    public async Task The_matching_index_survives_a_restart()
    {
        var database = await postgres.CreateDatabaseAsync("match-restart");
        string k12;
        await using (var first = await ServiceUnderTest.StartAsync(database))
        {
            k12 = (await first.Http.PostSingleAsync(TestEvents.EnrollmentOf(Id(), MatchingPeople.Block(
                MatchingPeople.Ssid(TestEvents.NewSsid()), "Gabriela", _people.Surname, _people.BirthDate, "F", _people.Street(8), "Napa", "94558")))).PersonId();
        }

        await using var second = await ServiceUnderTest.StartAsync(database);
        var college = await second.Http.PostSingleAsync(TestEvents.CollegeEnrollmentOf(Id(), MatchingPeople.Block(
            MatchingPeople.CollegeId(), "Gabby", _people.Surname, _people.BirthDate, "F")));

        Assert.Equal("accepted", college.Status());
        Assert.Equal(k12, college.PersonId());
    }

    [Fact]
    public async Task Nothing_but_the_event_log_holds_a_clear_text_name_birth_date_or_ssn()
    {
        var database = await postgres.CreateDatabaseAsync("match-privacy");
        await using var service = await ServiceUnderTest.StartAsync(database);
        var block = MatchingPeople.Block(
            MatchingPeople.Ssid(TestEvents.NewSsid()), "Xiomara", _people.Surname, _people.BirthDate, "F", _people.Street(4), "Weed", "96094");
        block["ssn"] = "521-44-7391";
        await service.Http.PostSingleAsync(TestEvents.EnrollmentOf(Id(), block));
        var sibling = MatchingPeople.Block(MatchingPeople.CollegeId(), "Yolanda", _people.Surname, _people.BirthDate, "F", _people.Street(4), "Weed", "96094");
        await service.Http.PostSingleAsync(TestEvents.CollegeEnrollmentOf(Id(), sibling));

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var tables = await ColumnListAsync(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'c2c_event_log'");
        var matchRecords = await ScalarAsync(connection, "SELECT count(*)::text FROM c2c_match_record");
        var reviews = await ScalarAsync(connection, "SELECT count(*)::text FROM c2c_identity_review");

        Assert.Equal("2", matchRecords);
        Assert.Equal("1", reviews);
        foreach (var table in tables)
        {
            var content = string.Join("\n", await ColumnListAsync(connection, $"SELECT t::text FROM {table} t"));
            Assert.DoesNotContain(_people.Surname, content, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("xiomara", content, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("yolanda", content, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(_people.BirthDate, content);
            Assert.DoesNotContain(_people.BirthDate.Replace("-", ""), content);
            Assert.DoesNotContain("521447391", content);
            Assert.DoesNotContain("521-44-7391", content);
        }
    }

    [Fact]
    public async Task A_review_item_keeps_the_reasons_it_was_queued_for()
    {
        var database = await postgres.CreateDatabaseAsync("review-reasons");
        await using var service = await ServiceUnderTest.StartAsync(database);
        await service.Http.PostSingleAsync(TestEvents.EnrollmentOf(Id(), MatchingPeople.Block(
            MatchingPeople.Ssid(TestEvents.NewSsid()), "Elena", _people.Surname, _people.BirthDate, "F", _people.Street(6), "Yreka", "96097")));
        await service.Http.PostSingleAsync(TestEvents.CollegeEnrollmentOf(Id(), MatchingPeople.Block(
            MatchingPeople.CollegeId(), "Marta", _people.Surname, _people.BirthDate, "F", _people.Street(6), "Yreka", "96097")));

        var queue = await (await StewardAsync(service)).GetFromJsonAsync<JsonObject>("/v1/identity/reviews");

        var review = Assert.Single(queue!["reviews"]!.AsArray());
        Assert.Equal(
            ["above-link-threshold", "conflict:firstName", "missing:ssn"],
            review!["reasons"]!.AsArray().Select(r => r!["code"]!.GetValue<string>()));
    }

    /// <summary>A person with a history: one enrollment and <paramref name="courses"/> completed courses.</summary>
    private static async Task<string> HistoryAsync(ServiceUnderTest service, int courses, string mark)
    {
        var ssid = TestEvents.NewSsid();
        var events = new List<JsonObject> { TestEvents.Enrollment(Id(), ssid, schoolYear: "2024-2025") };
        events.AddRange(Enumerable.Range(0, courses).Select(i =>
            TestEvents.Course(Id(), ssid, mark: mark, schoolYear: i % 2 == 0 ? "2023-2024" : "2024-2025", term: i % 3 == 0 ? "FA" : "SP")));
        var results = await service.Http.PostBatchAsync([.. events]);
        Assert.All(results, r => Assert.Equal("accepted", r.Status()));
        return results[0].PersonId();
    }

    private static async Task<JsonObject> ProfileAsync(ServiceUnderTest service, string personId)
    {
        var profile = await service.Http.GetJsonAsync($"/v1/students/{personId}");
        profile.Remove("asOf");
        return profile;
    }

    private static async Task<HttpClient> StewardAsync(ServiceUnderTest service)
    {
        var (_, token) = await service.Anonymous.NewClientTokenAsync(["steward"]);
        return TestTenant.Authenticated(service.Http.BaseAddress!, token);
    }

    private static async Task<string?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString();
    }

    private static async Task<List<string>> ColumnListAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static string Id() => "identity-" + Guid.NewGuid().ToString("N");
}
