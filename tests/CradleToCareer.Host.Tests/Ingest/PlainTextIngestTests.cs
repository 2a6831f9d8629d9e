using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Ingest;

/// <summary>
/// Text is text (events.md) at ingest, on both backends alike: an event holding a control character or a
/// bidirectional override is rejected at that string's JSON path, and its neighbours are committed.
/// </summary>
[Collection(TwoBackendsCollection.Name)]
public sealed class PlainTextIngestTests(TwoBackendsFixture backends)
{
    [Theory]
    [InlineData(TwoBackendsFixture.Embedded)]
    [InlineData(TwoBackendsFixture.Postgres)]
    public async Task Each_string_that_is_not_text_rejects_only_its_event_and_the_neighbours_are_committed(string backend)
    {
        var http = backends.On(backend).Http;
        var ssid = TestEvents.NewSsid();
        var id = $"text-{backend}-{ssid}-";
        (string Path, JsonObject Event)[] bad =
        [
            ("/data/student/firstName", With(TestEvents.Course(id + "first", ssid), "/data/student/firstName", "Ana\0")),
            ("/id", With(TestEvents.Course(id + "id", ssid), "/id", id + "\0")),
            ("/data/student/ids/0/value", With(TestEvents.Course(id + "local", ssid), "/data/student/ids/0", new JsonObject
            {
                ["system"] = "local:" + TestTenant.OrganizationId, ["value"] = "S\0" + ssid,
            })),
            ("/data/courseTitle", With(TestEvents.Course(id + "title", ssid), "/data/courseTitle", "English\u000011")),
            ("/data/student/lastName", With(TestEvents.Course(id + "bidi", ssid), "/data/student/lastName", "\u202Ezepol")),
            ("/data/institution/name", With(TestEvents.Course(id + "c1", ssid), "/data/institution/name", "Lincoln\u0085High")),
        ];
        var good = new[] { TestEvents.Course(id + "good-1", ssid, mark: "A"), TestEvents.Course(id + "good-2", ssid, mark: "B") };

        var response = await http.PostRawAsync(
            new JsonArray([good[0], .. bad.Select(b => b.Event), good[1]]).ToJsonString(), "application/cloudevents-batch+json");
        var text = await response.Content.ReadAsStringAsync();
        var results = JsonNode.Parse(text)!["results"]!.AsArray();

        Assert.Equal(bad.Length + 2, results.Count);
        Assert.Equal("accepted", results[0].Status());
        Assert.Equal("accepted", results[^1].Status());
        for (var i = 0; i < bad.Length; i++)
        {
            var result = results[i + 1]!;
            Assert.Equal("rejected", result.Status());
            Assert.Equal(bad[i].Path, Assert.Single(result["errors"]!.AsArray())!["path"]!.GetValue<string>());
        }

        Assert.Equal(id + "\0", results[2]!["id"]!.GetValue<string>());
        Assert.DoesNotContain('\0', text);
        Assert.DoesNotContain('\u202E', text);
        var profile = await http.GetJsonAsync($"/v1/students/{results[0].PersonId()}");
        Assert.Equal(3.5m, profile["k12"]!["gpa"]!.GetValue<decimal>());
        Assert.All(await http.PostBatchAsync(good), result => Assert.Equal("duplicate", result.Status()));
    }

    [Theory]
    [InlineData(TwoBackendsFixture.Embedded)]
    [InlineData(TwoBackendsFixture.Postgres)]
    public async Task An_ndjson_stream_with_a_nul_at_line_1201_answers_every_line_and_rejects_only_that_one(string backend)
    {
        var http = backends.On(backend).Http;
        var ssid = TestEvents.NewSsid();
        var lines = Enumerable.Range(1, 1_500)
            .Select(line => TestEvents.Course($"stream-{backend}-{ssid}-{line}", ssid).ToLine())
            .ToList();
        lines[1_200] = With(TestEvents.Course($"stream-{backend}-{ssid}-bad", ssid), "/data/student/firstName", "A\0na").ToLine();

        var results = await http.PostNdjsonAsync(lines);

        Assert.Equal(1_500, results.Count);
        Assert.Equal("rejected", results[1_200].Status());
        Assert.Equal("/data/student/firstName", Assert.Single(results[1_200]!["errors"]!.AsArray())!["path"]!.GetValue<string>());
        Assert.All(results.Where((_, index) => index != 1_200), result => Assert.Equal("accepted", result.Status()));
    }

    [Theory]
    [InlineData(TwoBackendsFixture.Embedded)]
    [InlineData(TwoBackendsFixture.Postgres)]
    public async Task An_ndjson_body_that_starts_with_a_byte_order_mark_is_read_from_its_first_line(string backend)
    {
        var http = backends.On(backend).Http;
        var ssid = TestEvents.NewSsid();
        var body = "\uFEFF" + TestEvents.Course($"bom-{backend}-{ssid}-1", ssid).ToLine() + "\n" + TestEvents.Course($"bom-{backend}-{ssid}-2", ssid).ToLine() + "\n";

        var response = await http.PostRawAsync(body, "application/x-ndjson");
        var results = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["results"]!.AsArray();

        Assert.Equal(2, results.Count);
        Assert.All(results, result => Assert.Equal("accepted", result.Status()));
    }

    /// <summary>Sets the value at a JSON Pointer of the event; returns the event.</summary>
    private static JsonObject With(JsonObject sourceEvent, string pointer, JsonNode value)
    {
        var segments = pointer.Split('/')[1..];
        var parent = segments[..^1].Aggregate((JsonNode)sourceEvent, (node, segment) =>
            node is JsonArray array ? array[int.Parse(segment)]! : node[segment]!);
        if (parent is JsonArray items)
        {
            items[int.Parse(segments[^1])] = value;
        }
        else
        {
            parent[segments[^1]] = value;
        }

        return sourceEvent;
    }
}
