using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Imports;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Application.Tests.Identity;
using CradleToCareer.Application.Tests.Ingest;
using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Storage.InMemory.Access;
using CradleToCareer.Storage.InMemory.EventLog;
using CradleToCareer.Storage.InMemory.Identity;
using CradleToCareer.Storage.InMemory.Imports;
using CradleToCareer.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CradleToCareer.Application.Tests.Imports;

/// <summary>
/// Import jobs run a turn at a time over the in-memory backend: a large job lets a job queued after it go before it
/// finishes, and a chunk that keeps failing sets its job aside, then costs only its bad line.
/// </summary>
public sealed class RunImportsTests : IAsyncLifetime
{
    private const string LeaSource = IngestEventsTests.LeaSource;
    private const string OtherSource = IngestEventsTests.OtherSource;
    private const string OtherSchool = "cds:19647331931766";
    private const string Worker = "worker-1";
    private static readonly Caller Lea = IngestEventsTests.Lea;
    private static readonly Caller Other = new("cl_other", "org-other", new HashSet<string> { "source" });
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly string[] Tags = ["large", "small", "faulty", "other"];

    private readonly FakeClock _clock = new(new DateTimeOffset(2027, 2, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryAccessRegistry _registry = new();
    private readonly InMemoryImportStore _store = new();
    private readonly ImportLineSealer _sealer = new(Key(1));
    private readonly InMemoryEventLog _log;
    private readonly IngestLines _ingest;
    private readonly RunImports _run;

    public RunImportsTests()
    {
        _log = new InMemoryEventLog(new InMemoryIdentity(), _clock);
        var decisions = new IdentityDecisions(_log, new FaultyMatcher(), new FakeStudentProfiles(), NullLogger<IdentityDecisions>.Instance);
        var ingest = new IngestEvents(_registry, PlannerEvents.Tokenizer, decisions, new RecordingFanOut(), NullLogger<IngestEvents>.Instance);
        _ingest = new IngestLines(ingest);
        _run = RunWith(_sealer);
    }

    public async Task InitializeAsync()
    {
        await _registry.AddOrganizationAsync(new Organization("org-lea", "Lincoln LEA", [LeaSource], ["cds:19647331931765"], ["c2c.k12.*"]), None);
        await _registry.AddOrganizationAsync(new Organization("org-other", "Other LEA", [OtherSource], [OtherSchool], ["c2c.k12.*"]), None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_large_job_runs_a_turn_then_a_job_queued_after_it_goes_first()
    {
        var large = await UploadAsync(Lea, LeaSource, "large", 25, chunkLines: 2);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var small = await UploadAsync(Other, OtherSource, "small", 3, chunkLines: 2);

        Assert.True(await RunTurnAsync());
        var afterFirstTurn = await FindAsync(large);
        Assert.True(await RunTurnAsync());
        var smallDone = await FindAsync(small);
        var largeMeanwhile = await FindAsync(large);
        Assert.True(await RunTurnAsync());

        Assert.Equal((ImportStatus.Queued, 2L * RunImports.ChunksPerTurn), (afterFirstTurn.Status, afterFirstTurn.Processed));
        Assert.Equal((ImportStatus.Done, 3L), (smallDone.Status, smallDone.Counts.Accepted));
        Assert.Equal(afterFirstTurn.Processed, largeMeanwhile.Processed);
        Assert.Equal((ImportStatus.Done, 25L), ((await FindAsync(large)).Status, (await FindAsync(large)).Counts.Accepted));
        Assert.False(await RunTurnAsync());
    }

    [Fact]
    public async Task A_chunk_that_keeps_failing_sets_its_job_aside_and_at_last_only_its_bad_line_is_rejected()
    {
        var faulty = await UploadAsync(Lea, LeaSource, "faulty", 3, chunkLines: 10, faultyLine: 2);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var other = await UploadAsync(Other, OtherSource, "other", 1, chunkLines: 10);

        Assert.True(await RunTurnAsync());
        var setAside = await FindAsync(faulty);
        Assert.True(await RunTurnAsync());
        Assert.Equal(ImportStatus.Done, (await FindAsync(other)).Status);
        Assert.False(await RunTurnAsync());
        _clock.Advance(ImportRetries.After(1));
        Assert.True(await RunTurnAsync());
        _clock.Advance(ImportRetries.After(2));
        Assert.True(await RunTurnAsync());
        var beforeLineByLine = await FindAsync(faulty);
        _clock.Advance(ImportRetries.After(3));
        Assert.True(await RunTurnAsync());

        Assert.Equal((ImportStatus.Queued, 0L), (setAside.Status, setAside.Processed));
        Assert.Equal((ImportStatus.Queued, 0L), (beforeLineByLine.Status, beforeLineByLine.Processed));
        var done = await FindAsync(faulty);
        Assert.Equal(ImportStatus.Done, done.Status);
        Assert.Equal(new ImportCounts(2, 0, 0, 1), done.Counts);
        var results = await ResultsAsync(faulty);
        Assert.Equal(["accepted", "rejected", "accepted"], results.Select(result => result["status"]!.GetValue<string>()));
        var error = results[1]["errors"]![0]!["message"]!.GetValue<string>();
        Assert.StartsWith("line 2 could not be ingested: the service failed on it alone", error, StringComparison.Ordinal);
        Assert.Contains(faulty.ImportId, error, StringComparison.Ordinal);
        Assert.Single(await _log.FindPersonsAsync([PlannerEvents.Token(Ssid("faulty", 1))], None));
        Assert.Empty(await _log.FindPersonsAsync([PlannerEvents.Token(Ssid("faulty", 2))], None));
    }

    [Fact]
    public async Task Lines_sealed_under_another_key_are_each_answered_rejected_and_nothing_is_ingested()
    {
        var job = await UploadAsync(Lea, LeaSource, "large", 3, chunkLines: 10);
        var otherKey = RunWith(new ImportLineSealer(Key(2)));

        Assert.True(await otherKey.RunOnceAsync(Worker, Lease, 1 << 20, None));

        var done = await FindAsync(job);
        Assert.Equal((ImportStatus.Done, new ImportCounts(0, 0, 0, 3)), (done.Status, done.Counts));
        var error = (await ResultsAsync(job))[0]["errors"]![0]!["message"]!.GetValue<string>();
        Assert.Equal($"line 1 {ImportRetries.Unreadable}", error);
        Assert.Empty(await _log.FindPersonsAsync([PlannerEvents.Token(Ssid("large", 1))], None));
    }

    private RunImports RunWith(ImportLineSealer sealer) => new(_store, sealer, _ingest, _log, _clock, NullLogger<RunImports>.Instance);

    private static byte[] Key(byte seed) => [.. Enumerable.Range(seed, 32).Select(i => (byte)i)];

    /// <summary>A turn, a moment after the last one ended, as a worker's turns come.</summary>
    private Task<bool> RunTurnAsync()
    {
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        return _run.RunOnceAsync(Worker, Lease, 1 << 20, None);
    }

    private async Task<ImportJob> FindAsync(ImportJob job) => (await _store.FindAsync(job.ImportId, None))!;

    private async Task<ImportJob> UploadAsync(Caller caller, string source, string tag, int count, int chunkLines, int? faultyLine = null)
    {
        var lines = Enumerable.Range(1, count).Select(number =>
        {
            var enrollment = IngestEventsTests.Enrollment($"{tag}-{number}", Ssid(tag, number), source);
            if (source == OtherSource)
            {
                enrollment["data"]!["institution"]!["id"] = OtherSchool;
            }

            if (number == faultyLine)
            {
                enrollment["data"]!["student"]!["lastName"] = FaultyMatcher.LastName;
            }

            return new NdjsonLine(number, Encoding.UTF8.GetBytes(enrollment.ToJsonString()));
        });
        var receive = new ReceiveImport(_store, _registry, _sealer, new ImportPulse(), _clock);
        var receipt = await receive.RunAsync(caller, AsAsync(lines), chunkLines, maxUnfinished: 10, None);
        return Assert.IsType<ImportReceipt.Received>(receipt).Job;
    }

    private async Task<List<JsonObject>> ResultsAsync(ImportJob job)
    {
        var text = new StringBuilder();
        await foreach (var chunk in _store.ReadResultsAsync(job.ImportId, None))
        {
            text.Append(Encoding.UTF8.GetString(chunk.Span));
        }

        return [.. text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject())];
    }

    /// <summary>A distinct ten-digit statewide id per job and line.</summary>
    private static string Ssid(string tag, int number) => $"{10_000 + Array.IndexOf(Tags, tag)}{number:D5}";

    private static async IAsyncEnumerable<NdjsonLine> AsAsync(IEnumerable<NdjsonLine> lines)
    {
        foreach (var line in lines)
        {
            await Task.Yield();
            yield return line;
        }
    }

    /// <summary>
    /// Places records as deterministic identity does, but times out on a batch with a record of <see cref="LastName"/>.
    /// Ingest isolates a record the store refuses by itself; a timeout it leaves to its caller, as no event would fare
    /// better alone, so this is what reaches an import.
    /// </summary>
    private sealed class FaultyMatcher : IRecordMatcher
    {
        public const string LastName = "Faultline";

        private readonly DeterministicOnly _placing = new();

        public Task<MatchPlacement> PlaceAsync(IReadOnlyList<MatchSubject> subjects, CancellationToken cancellationToken) =>
            subjects.Any(subject => string.Equals(subject.Student.LastName, LastName, StringComparison.OrdinalIgnoreCase))
                ? throw new TimeoutException("Matching took longer than it may.")
                : _placing.PlaceAsync(subjects, cancellationToken);

        public Task IndexAsync(MatchPlacement placement, IReadOnlyList<MatchRecord> records, CancellationToken cancellationToken) =>
            _placing.IndexAsync(placement, records, cancellationToken);
    }
}
