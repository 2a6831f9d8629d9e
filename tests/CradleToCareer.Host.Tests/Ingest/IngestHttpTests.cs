using System.Net;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Ingest;

/// <summary>POST /v1/events over a real Kestrel port, on the embedded default.</summary>
public sealed class IngestHttpTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    private HttpClient Http => service.Http;

    [Fact]
    public async Task A_single_event_is_accepted_and_is_in_the_profile_at_once()
    {
        var ssid = TestEvents.NewSsid();
        var result = await Http.PostSingleAsync(TestEvents.Course("single-1-" + ssid, ssid, mark: "B+"));

        Assert.Equal("accepted", result.Status());
        var profile = await Http.GetJsonAsync($"/v1/students/{result.PersonId()}");
        Assert.Equal(3.3m, profile["k12"]!["gpa"]!.GetValue<decimal>());
        Assert.Equal(1, profile["eventCount"]!.GetValue<int>());
        var asOf = DateTimeOffset.Parse(profile["asOf"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(asOf, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Null(profile["currentEnrollment"]?.GetValue<object>());
        Assert.True(profile.ContainsKey("currentEnrollment"), "currentEnrollment is present, as null, when enrolled nowhere");
    }

    [Fact]
    public async Task One_bad_event_in_a_batch_never_affects_its_neighbours()
    {
        var ssid = TestEvents.NewSsid();
        var bad = TestEvents.Course("batch-bad-" + ssid, ssid);
        bad["data"]!["mark"] = "Q";

        var results = await Http.PostBatchAsync(
            TestEvents.Course("batch-1-" + ssid, ssid), bad, TestEvents.Course("batch-3-" + ssid, ssid));

        Assert.Equal(["accepted", "rejected", "accepted"], results.Select(r => r.Status()));
        var error = results[1]!["errors"]!.AsArray().Single()!;
        Assert.Equal("/data/mark", error["path"]!.GetValue<string>());
        Assert.Equal("batch-bad-" + ssid, results[1]!["id"]!.GetValue<string>());
        var profile = await Http.GetJsonAsync($"/v1/students/{results[0].PersonId()}");
        Assert.Equal(2, profile["eventCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_same_event_again_is_a_duplicate_and_changed_content_is_a_conflict()
    {
        var ssid = TestEvents.NewSsid();
        var original = TestEvents.Course("dup-" + ssid, ssid, mark: "A");
        var changed = TestEvents.Course("dup-" + ssid, ssid, mark: "F");

        var first = await Http.PostSingleAsync(original);
        var again = await Http.PostSingleAsync(original);
        var conflict = await Http.PostSingleAsync(changed);

        Assert.Equal(("accepted", "duplicate", "conflict"), (first.Status(), again.Status(), conflict.Status()));
        Assert.Equal(first.PersonId(), again.PersonId());
        var profile = await Http.GetJsonAsync($"/v1/students/{first.PersonId()}");
        Assert.Equal(4.0m, profile["k12"]!["gpa"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_duplicate_inside_one_batch_is_reported_as_such()
    {
        var ssid = TestEvents.NewSsid();
        var course = TestEvents.Course("twice-" + ssid, ssid);

        var results = await Http.PostBatchAsync(course, course);

        Assert.Equal(["accepted", "duplicate"], results.Select(r => r.Status()));
    }

    [Fact]
    public async Task Ndjson_streams_are_answered_line_by_line_with_bad_lines_rejected()
    {
        var ssid = TestEvents.NewSsid();
        var lines = new[]
        {
            TestEvents.Course("nd-1-" + ssid, ssid).ToLine(),
            "{ not json",
            "",
            TestEvents.Course("nd-2-" + ssid, ssid).ToLine(),
        };

        var results = await Http.PostNdjsonAsync(lines);

        Assert.Equal(["accepted", "rejected", "accepted"], results.Select(r => r.Status()));
        Assert.Contains("line 2", results[1]!["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_whole_with_problem_details_and_nothing_applied()
    {
        var ssid = TestEvents.NewSsid();
        var valid = TestEvents.Course("torn-" + ssid, ssid);
        var torn = "[" + valid.ToLine() + ", {\"specversion\": ";

        var response = await Http.PostRawAsync(torn, "application/cloudevents-batch+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("line 1", problem["detail"]!.GetValue<string>());
        Assert.Equal("accepted", (await Http.PostSingleAsync(valid)).Status());
    }

    [Fact]
    public async Task A_batch_over_5000_events_is_413_and_nothing_applied()
    {
        var ssid = TestEvents.NewSsid();
        var events = Enumerable.Range(0, 5_001).Select(i => TestEvents.Course($"big-{i}-{ssid}", ssid)).ToArray();

        var response = await Http.PostRawAsync(new JsonArray([.. events]).ToJsonString(), "application/cloudevents-batch+json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("accepted", (await Http.PostSingleAsync(TestEvents.Course($"big-0-{ssid}", ssid))).Status());
    }

    [Fact]
    public async Task A_body_over_the_byte_limit_is_413()
    {
        var padding = new string(' ', 33 * 1024 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/events")
        {
            Content = new StringContent("[" + padding + "]", System.Text.Encoding.UTF8, "application/cloudevents-batch+json"),
        };
        request.Headers.ExpectContinue = true;

        var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/cloudevents+json", HttpStatusCode.BadRequest)]
    public async Task Wrong_content_types_and_shapes_are_refused_with_problem_details(string contentType, HttpStatusCode expected)
    {
        var response = await Http.PostRawAsync("[]", contentType);

        Assert.Equal(expected, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]?.GetValue<string>()));
    }

    [Fact]
    public async Task A_raw_ssn_is_never_echoed_or_shown()
    {
        var ssid = TestEvents.NewSsid();
        var ssn = "7" + Random.Shared.Next(10_000_000, 99_999_999);
        var good = TestEvents.Fafsa("ssn-ok-" + ssid, ssid, ssn[..3] + "-" + ssn[3..5] + "-" + ssn[5..]);
        var bad = TestEvents.Fafsa("ssn-bad-" + ssid, ssid, ssn + "12");

        var response = await Http.PostRawAsync(new JsonArray(good, bad).ToJsonString(), "application/cloudevents-batch+json");
        var text = await response.Content.ReadAsStringAsync();
        var results = JsonNode.Parse(text)!["results"]!.AsArray();
        var profileText = await Http.GetStringAsync($"/v1/students/{results[0].PersonId()}");

        Assert.Equal(["accepted", "rejected"], results.Select(r => r.Status()));
        Assert.Equal("/data/student/ssn", results[1]!["errors"]![0]!["path"]!.GetValue<string>());
        Assert.DoesNotContain(ssn, text);
        Assert.DoesNotContain(ssn[..3] + "-", text);
        Assert.DoesNotContain(ssn, profileText);
        Assert.DoesNotContain(ssn[3..], profileText);
    }

    [Fact]
    public async Task Identifiers_link_records_and_ids_of_two_persons_are_held_back()
    {
        var ssidA = TestEvents.NewSsid();
        var ssidB = TestEvents.NewSsid();
        var local = new JsonObject { ["system"] = "local:ipeds:110334", ["value"] = "S-" + ssidA };
        var linking = TestEvents.Course("link-1-" + ssidA, ssidA);
        linking["data"]!["student"]!["ids"]!.AsArray().Add(local.DeepClone());
        var byLocalOnly = TestEvents.Course("link-2-" + ssidA, ssidA);
        byLocalOnly["data"]!["student"]!["ids"] = new JsonArray(local.DeepClone());
        var other = TestEvents.Course("link-3-" + ssidB, ssidB);
        var both = TestEvents.Course("link-4-" + ssidB, ssidB);
        both["data"]!["student"]!["ids"]!.AsArray().Add(local.DeepClone());

        var results = await Http.PostBatchAsync(linking, byLocalOnly, other, both);

        Assert.Equal(["accepted", "accepted", "accepted", "rejected"], results.Select(r => r.Status()));
        Assert.Equal(results[0].PersonId(), results[1].PersonId());
        Assert.NotEqual(results[0].PersonId(), results[2].PersonId());
        Assert.Equal("/data/student/ids", results[3]!["errors"]![0]!["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_retraction_removes_its_target_whichever_arrives_first()
    {
        var ssid = TestEvents.NewSsid();
        var failing = TestEvents.Course("retract-target-" + ssid, ssid, mark: "F");
        var retraction = TestEvents.Retraction("retract-" + ssid, "retract-target-" + ssid, ssid);

        var retracted = await Http.PostSingleAsync(retraction);
        var target = await Http.PostSingleAsync(failing);
        var kept = await Http.PostSingleAsync(TestEvents.Course("retract-kept-" + ssid, ssid, mark: "A"));

        Assert.Equal(retracted.PersonId(), target.PersonId());
        var profile = await Http.GetJsonAsync($"/v1/students/{kept.PersonId()}");
        Assert.Equal(4.0m, profile["k12"]!["gpa"]!.GetValue<decimal>());
        Assert.Single(profile["k12"]!["courses"]!.AsArray());
    }

    [Fact]
    public async Task Unknown_and_malformed_person_ids_are_404_problems()
    {
        var unknown = await Http.GetAsync("/v1/students/p_" + new string('0', 32));
        var malformed = await Http.GetAsync("/v1/students/123");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }
}
