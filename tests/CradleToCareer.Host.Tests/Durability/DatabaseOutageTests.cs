using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;
using Xunit.Abstractions;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>
/// PostgreSQL stopped under ingest and reads, then started again, on a server of this test's own (the shared one is
/// never stopped): every answer is a 2xx or a 503 with Retry-After, none waits past the connection timeout, the
/// service recovers by itself, and every event it acknowledged is in the profiles afterwards.
/// </summary>
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    /// <summary>The longest a request may wait: Npgsql's connection timeout, the longest wait the service documents.</summary>
    private static readonly TimeSpan LongestAnswer = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(4);

    private readonly ConcurrentQueue<Answer> _answers = new();
    private readonly ConcurrentDictionary<string, ConcurrentBag<string>> _acceptedByPerson = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _persons = new();
    private volatile bool _halted;
    private volatile bool _stopping;

    [Fact]
    public async Task Stopping_the_database_under_load_answers_only_2xx_or_503_with_retry_after_and_loses_no_acknowledged_event()
    {
        await using var server = await PostgresServer.StartThrowawayAsync();
        await using var service = await ServiceUnderTest.StartAsync(await server.CreateDatabaseAsync("outage"));
        var loops = new List<Task>();
        loops.AddRange(Enumerable.Range(0, 3).Select(i => IngestLoopAsync(service.Http, $"outage-{i}")));
        loops.AddRange(Enumerable.Range(0, 2).Select(_ => ReadLoopAsync(service.Http)));

        await WaitUntilAsync(() => _persons.Count >= 5);
        _halted = true;
        await server.HaltAsync();
        var readyDuringOutage = await service.Anonymous.GetAsync("/health/ready");
        await Task.Delay(Outage);
        await server.ResumeAsync();
        var resumedAt = DateTime.UtcNow;
        _halted = false;
        await WaitUntilAsync(() => _answers.Any(a => !a.DuringOutage && a.At > resumedAt && a.IsIngest && a.Status == HttpStatusCode.OK));
        _stopping = true;
        await Task.WhenAll(loops);

        output.WriteLine(string.Join("\n", _answers.GroupBy(a => (a.IsIngest, a.DuringOutage, a.Status))
            .Select(g => $"ingest={g.Key.IsIngest} outage={g.Key.DuringOutage} {(int)g.Key.Status}: {g.Count()}, slowest {g.Max(a => a.Took)}")));
        var unexpected = _answers.Where(a => !(a.Succeeded || (a.Status == HttpStatusCode.ServiceUnavailable && a.RetryAfter))).ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected.Take(5).Select(a => $"{(int)a.Status} {a.Path}: {a.Body}")));
        Assert.Contains(_answers, a => a.DuringOutage && a.Status == HttpStatusCode.ServiceUnavailable);
        Assert.True(_answers.Max(a => a.Took) < LongestAnswer, $"slowest answer took {_answers.Max(a => a.Took)}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyDuringOutage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.Anonymous.GetAsync("/health/ready")).StatusCode);
        var fresh = TestEvents.NewSsid();
        Assert.Equal("accepted", (await service.Http.PostSingleAsync(TestEvents.Course("outage-after-" + fresh, fresh))).Status());
        foreach (var (personId, eventIds) in _acceptedByPerson)
        {
            var profile = await service.Http.GetJsonAsync($"/v1/students/{personId}");
            Assert.Equal(eventIds.Count, profile["eventCount"]!.GetValue<int>());
        }
    }

    private async Task IngestLoopAsync(HttpClient http, string prefix)
    {
        for (var round = 0; !_stopping; round++)
        {
            var ssid = TestEvents.NewSsid();
            var batch = new JsonArray([.. Enumerable.Range(0, 5).Select(i => TestEvents.Course($"{prefix}-{round}-{i}-{ssid}", ssid))]);
            var answer = await SendAsync(http, HttpMethod.Post, "/v1/events", batch.ToJsonString(), isIngest: true);
            if (answer.Status != HttpStatusCode.OK)
            {
                await Task.Delay(200);
                continue;
            }

            foreach (var result in JsonNode.Parse(answer.Body)!["results"]!.AsArray().Where(r => r.Status() == "accepted"))
            {
                _acceptedByPerson.GetOrAdd(result.PersonId(), _ => []).Add(result!["id"]!.GetValue<string>());
                _persons.Enqueue(result.PersonId());
            }
        }
    }

    private async Task ReadLoopAsync(HttpClient http)
    {
        while (!_stopping)
        {
            var persons = _persons.ToArray();
            if (persons.Length == 0)
            {
                await Task.Delay(50);
                continue;
            }

            var personId = persons[Random.Shared.Next(persons.Length)];
            var answer = await SendAsync(http, HttpMethod.Get, $"/v1/students/{personId}", null, isIngest: false);
            if (answer.Status != HttpStatusCode.OK)
            {
                await Task.Delay(200);
            }
        }
    }

    private async Task<Answer> SendAsync(HttpClient http, HttpMethod method, string path, string? body, bool isIngest)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/cloudevents-batch+json");
        }

        var duringOutage = _halted;
        var clock = Stopwatch.StartNew();
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var answer = new Answer(
            path, isIngest, response.StatusCode, response.Headers.RetryAfter is not null, text, clock.Elapsed, duringOutage || _halted, DateTime.UtcNow);
        _answers.Enqueue(answer);
        return answer;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the load made no progress within 30 s");
            await Task.Delay(50);
        }
    }

    private sealed record Answer(
        string Path, bool IsIngest, HttpStatusCode Status, bool RetryAfter, string Body, TimeSpan Took, bool DuringOutage, DateTime At)
    {
        public bool Succeeded => (int)Status is >= 200 and < 300;
    }
}
