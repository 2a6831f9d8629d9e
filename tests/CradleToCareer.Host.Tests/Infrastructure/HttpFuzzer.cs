using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Host.Ingest;
using CradleToCareer.Testing.Fuzzing;
using CsCheck;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>One request of the HTTP fuzz and the mutated cases in its body.</summary>
public sealed record FuzzRequest(HttpClient Client, string Path, string ContentType, byte[] Body, IReadOnlyList<FuzzCase> Cases, bool Cut)
{
    public override string ToString() =>
        $"POST {Path} as '{ContentType}'{(Cut ? ", body cut" : "")}: {string.Join("\n  | ", Cases)}";
}

/// <summary>
/// The HTTP fuzz (docs/security.md, Fuzzing): mutated real-looking bodies sent to the write routes of a running
/// service, each answer checked by <see cref="SoundAnswer"/>. Events go several to a request, as a JSON batch or as
/// NDJSON lines; each event counts as a case.
/// </summary>
public sealed class HttpFuzzer
{
    public const int EventsPerRequest = 25;

    private const int Parallel = 4;
    private const int ShrinkIterations = 300;

    private static readonly string[] People = ["7100000001", "7100000002", "7100000003"];

    /// <summary>The shapes of TestEvents, each under a given event id and ssid.</summary>
    private static readonly Func<string, string, JsonObject>[] EventShapes =
    [
        (id, ssid) => TestEvents.Course(id, ssid),
        (id, ssid) => TestEvents.Enrollment(id, ssid),
        (id, ssid) => TestEvents.CollegeEnrollmentOf(id, TestEvents.Student(ssid)),
        (id, ssid) => TestEvents.Fafsa(id, ssid, "123-45-6789"),
        (id, ssid) => TestEvents.Retraction(id, "fuzz-1", ssid),
    ];

    /// <summary>
    /// Events under ids and students drawn from 100,000 and 1,000: most are new, so a mutation that keeps an event valid
    /// gets it stored and matched; some repeat, for duplicates and conflicts.
    /// </summary>
    private static readonly Gen<FuzzSeed> Events = Gen.Select(Gen.Int[0, EventShapes.Length - 1], Gen.Int[0, 99_999], (shape, number) =>
        FuzzSeed.Of($"event shape {shape} #{number}", EventShapes[shape]($"fuzz-{number}", $"71000{number % 1_000:D5}")));

    private static readonly FuzzSeed[] Students =
    [
        FuzzSeed.Of("known student", TestEvents.Student(People[1])),
        FuzzSeed.Of("student with ssn", TestEvents.Student(People[0], "123-45-6789")),
    ];

    private static readonly FuzzSeed[] Organizations =
    [
        FuzzSeed.Of("organization", new JsonObject
        {
            ["id"] = "fuzz-org",
            ["name"] = "Fuzz County Office of Education",
            ["sources"] = new JsonArray("urn:c2c:source:lea:1964733", "https://sis.example.org/c2c"),
            ["institutions"] = new JsonArray(TestEvents.HighSchool, "ipeds:110680"),
            ["allowedEventTypes"] = new JsonArray("c2c.k12.*", "c2c.postsecondary.enrollment"),
        }),
    ];

    private static readonly FuzzSeed[] ResearchProjects =
    [
        FuzzSeed.Of("research project", new JsonObject
        {
            ["id"] = "fuzz-project",
            ["title"] = "Transfer and completion after community college",
            ["organizationId"] = TestTenant.OrganizationId,
            ["purpose"] = "Time to transfer by social-services participation",
            ["cohorts"] = new JsonArray("entrants:2025-FA", "graduates:2024-2025"),
            ["fields"] = new JsonArray("milestones", "units-band", "social-services"),
            ["expiresAt"] = DateTimeOffset.UtcNow.AddMonths(6).ToString("yyyy-MM-dd'T'00:00:00'Z'"),
            ["agreement"] = "DUA-2026-0142",
        }),
    ];

    private static readonly FuzzSeed[] Subscriptions =
    [
        FuzzSeed.Of("subscription", new JsonObject { ["url"] = "https://hooks.example.org/c2c", ["milestones"] = new JsonArray("*") }),
        FuzzSeed.Of("subscription with secret", new JsonObject
        {
            ["url"] = "https://hooks.example.org/c2c/alerts?tenant=7",
            ["milestones"] = new JsonArray(SubscribableIds.All[0], SubscribableIds.RiskFlags[0]),
            ["secret"] = "whsec_" + Convert.ToBase64String(Enumerable.Range(40, 32).Select(i => (byte)i).ToArray()),
        }),
    ];

    private static readonly Gen<string> JsonContentType = Gen.Frequency(
        (20, Gen.Const("application/json")),
        (1, Gen.OneOf("application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "", "application/json; charset=utf-16", "*/*")));

    private static readonly Gen<string> EventContentType = Gen.Frequency(
        (16, Gen.Const(IngestRequestReader.BatchType)),
        (4, Gen.Const("application/json")),
        (1, Gen.OneOf("application/cloudevents+json", "application/x-ndjson", "text/plain", "", "application/cloudevents-batch+json; charset=latin1")));

    private static readonly Gen<int?> BodyCut = Gen.Frequency((24, Gen.Const((int?)null)), (1, Gen.Int[0, 999].Select(permille => (int?)permille)));


    private readonly ServiceUnderTest _service;
    private readonly HttpClient _admin;
    private readonly HttpClient _subscriber;
    private readonly string _personId;
    private readonly Action<string> _log;

    private HttpFuzzer(ServiceUnderTest service, HttpClient admin, HttpClient subscriber, string personId, Action<string> log)
    {
        _service = service;
        _admin = admin;
        _subscriber = subscriber;
        _personId = personId;
        _log = log;
    }

    /// <summary>
    /// Clients for every route (the tenant for events, consents and resolve; an admin; a subscriber) and one known person
    /// who consents to the tenant, so that resolving them can succeed.
    /// </summary>
    public static async Task<HttpFuzzer> StartAsync(ServiceUnderTest service, Action<string> log)
    {
        var baseAddress = service.Http.BaseAddress!;
        var admin = TestTenant.Authenticated(baseAddress, await service.Anonymous.AdminTokenAsync());
        var (_, subscriberToken) = await service.Anonymous.NewClientTokenAsync(["subscriber"]);
        var personId = (await service.Http.PostSingleAsync(TestEvents.Enrollment("fuzz-known-person", People[1]))).PersonId();
        await service.Http.GrantConsentAsync(personId, TestTenant.OrganizationId, "fuzzing", "progress");
        return new HttpFuzzer(service, admin, TestTenant.Authenticated(baseAddress, subscriberToken), personId, log);
    }

    /// <summary>
    /// Batches of <see cref="EventsPerRequest"/> mutated events as one JSON array, each event still JSON (one that is
    /// not spoils its whole batch, which NDJSON lines cover); 1 body in 25 is cut off.
    /// </summary>
    public Task EventBatchesAsync(int requests) => CheckAsync(
        Gen.Select(
            HostileJson.Cases(Events, cut: false).Where(fuzzCase => InBatch(fuzzCase)).Array[EventsPerRequest],
            EventContentType,
            BodyCut,
            (events, contentType, cut) =>
            {
                var body = Join("["u8, ","u8, events, "]"u8);
                var sent = cut is { } permille ? body[..Math.Max(1, body.Length * permille / 1000)] : body;
                return new FuzzRequest(_service.Http, "/v1/events", contentType, sent, events, cut is not null);
            }),
        requests,
        request => request.ContentType == IngestRequestReader.BatchType && !request.Cut ? request.Cases.Count : null);

    /// <summary>Streams of <see cref="EventsPerRequest"/> mutated events, one per line; 1 line in 20 is cut off.</summary>
    public Task NdjsonStreamsAsync(int requests) => CheckAsync(
        HostileJson.Cases(Events).Array[EventsPerRequest].Select(events =>
            new FuzzRequest(_service.Http, "/v1/events", IngestRequestReader.NdjsonType, Join([], "\n"u8, events, "\n"u8), events, false)),
        requests,
        request => request.Cases.Count);

    /// <summary>
    /// Consent grants for the known person, now and then for a made-up or hostile person id. Not a NUL in the path:
    /// Kestrel refuses that request itself, with a bare 400 and a closed connection, before any of the service runs.
    /// </summary>
    public Task ConsentsAsync(int cases)
    {
        var consent = FuzzSeed.Of("consent", new JsonObject
        {
            ["recipientOrgId"] = TestTenant.OrganizationId,
            ["scopes"] = new JsonArray("progress", "alerts"),
            ["purpose"] = "college advising and outreach",
            ["expiresAt"] = DateTimeOffset.UtcNow.AddMonths(6).ToString("yyyy-MM-dd'T'00:00:00'Z'"),
            ["grantor"] = "student",
        });
        var person = Gen.Frequency(
            (8, Gen.Const(_personId)),
            (1, Gen.OneOf(HostileJson.HostileText, HostileJson.NearMiss).Select(id => Uri.EscapeDataString(id.Replace("\0", "", StringComparison.Ordinal)))));
        return JsonBodiesAsync([consent], Gen.Select(person, id => $"/v1/students/{id}/consents"), _service.Http, cases);
    }

    public Task SubscriptionsAsync(int cases) => JsonBodiesAsync(Subscriptions, Gen.Const("/v1/subscriptions"), _subscriber, cases);

    public Task ResolvesAsync(int cases) => JsonBodiesAsync(Students, Gen.Const("/v1/students:resolve"), _service.Http, cases);

    public Task OrganizationsAsync(int cases) => JsonBodiesAsync(Organizations, Gen.Const("/v1/organizations"), _admin, cases);

    public Task ResearchProjectsAsync(int cases) => JsonBodiesAsync(ResearchProjects, Gen.Const("/v1/research/projects"), _admin, cases);

    private Task JsonBodiesAsync(FuzzSeed[] seeds, Gen<string> path, HttpClient client, int cases) => CheckAsync(
        Gen.Select(HostileJson.Cases(seeds), path, JsonContentType, (body, to, contentType) =>
            new FuzzRequest(client, to, contentType, body.Utf8, [body], false)),
        cases,
        _ => null);

    /// <summary>Runs the requests and logs what the answers came to, so a run shows how far its cases got.</summary>
    private async Task CheckAsync(Gen<FuzzRequest> requests, int count, Func<FuzzRequest, int?> expectedResults)
    {
        var tally = new ConcurrentDictionary<string, int>();
        await FuzzRun.CheckAsync(requests, count, async request =>
        {
            var content = new ByteArrayContent(request.Body);
            if (request.ContentType.Length > 0)
            {
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
            }

            using var response = await request.Client.PostAsync(request.Path, content);
            foreach (var outcome in await SoundAnswer.AssertAsync(response, $"POST {request.Path}", expectedResults(request)))
            {
                tally.AddOrUpdate(outcome, 1, (_, seen) => seen + 1);
            }
        }, _log, Parallel, ShrinkIterations);
        _log("answers: " + string.Join(", ", tally.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => $"{entry.Key} ×{entry.Value:N0}")));
    }

    /// <summary>Whether the event reads as JSON one level down, inside a batch's array.</summary>
    private static bool InBatch(FuzzCase fuzzCase)
    {
        try
        {
            using var document = JsonDocument.Parse(fuzzCase.Utf8, new JsonDocumentOptions { MaxDepth = 63 });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static byte[] Join(ReadOnlySpan<byte> start, ReadOnlySpan<byte> separator, IReadOnlyList<FuzzCase> parts, ReadOnlySpan<byte> end)
    {
        var body = new List<byte>(start.ToArray());
        for (var i = 0; i < parts.Count; i++)
        {
            body.AddRange(i == 0 ? [] : separator.ToArray());
            body.AddRange(parts[i].Utf8);
        }

        body.AddRange(end.ToArray());
        return [.. body];
    }
}
