using System.Diagnostics;
using CradleToCareer.LoadTool.Alerts;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Ingest;
using CradleToCareer.LoadTool.Views;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>What phase "freshness" measured; <see cref="Skipped"/> says why no probe ran, when none did.</summary>
public sealed record FreshnessOutcome(
    LandedCohort Seeded, WaitOutcome SeedWait, ProbeTally Probes, IngestCounts Background, TimeSpan BackgroundElapsed, string? Skipped);

/// <summary>
/// Phase "freshness": the probe school <see cref="ProbeSchools.Freshness"/> gets <see cref="SeedMembers"/> graduates,
/// and once its cohort shows them, journey events of new students go to the service at --rate events/s (a steady
/// open-loop ingest through the load-test source organization, re-sent until acknowledged) while --probes probes run
/// one after another. A probe posts one standard diploma of a new student at the school and reads the school's
/// outcomes as its staff every <see cref="PollInterval"/> until the cohort shows it; its latency runs from the
/// post's acknowledgement to the answer of the first read that does. A probe not shown after <see cref="GiveUp"/>
/// counts as never shown; one answered duplicate (an earlier run with the same tag sent it) changes nothing and is
/// not timed. The background ingest runs until the probes are done, and at least --seconds.
/// </summary>
public sealed class FreshnessPhase(OutcomesOptions o, HttpClient http, HttpClient ingestHttp, ProbeContext probe, AccessTokenSource source, RunStop stop)
{
    public const int SeedMembers = 20;
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);
    public static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(30);

    /// <summary>outcomes.md: an event's effect reaches the figures within 5 seconds of its acknowledgement.</summary>
    public static readonly TimeSpan Bar = TimeSpan.FromSeconds(5);

    private static readonly IReadOnlyDictionary<string, string> NoMilestones = new Dictionary<string, string>(StringComparer.Ordinal);

    private readonly Events.Institution _school = probe.Schools.School(ProbeSchools.Freshness);
    private readonly OutcomesCalls _calls = new(http, probe.Tokens);

    public async Task<FreshnessOutcome> RunAsync(CancellationToken ct)
    {
        var seeded = await probe.Ingest.GraduateAsync(_school, ProbeContext.FreshnessFirst, SeedMembers, enroll: true, "freshness: seed", ct);
        var wait = await CohortWait.UntilAsync(
            token => _calls.StaffAsync(_school.Id, token), o.Cohort, seeded.Persons.Count, TimeSpan.FromMilliseconds(250), "freshness: waiting", ct);
        var tally = new ProbeTally();
        var background = new IngestCounts();
        if (!wait.Reached || wait.Size is not { } baseline)
        {
            return new FreshnessOutcome(seeded, wait, tally, background, TimeSpan.Zero,
                $"the seed cohort showed {CohortWait.Show(wait.Size)} of {seeded.Persons.Count} members");
        }

        using var stream = o.Rate == 0 ? null : new JourneyStream(BackgroundLoad.Seed(o.Seed, o.Tag) ^ 0x5EED_F00D, $"{o.Tag}b");
        var ingest = new SteadyIngest(
            new AckingSender(ingestHttp, source, background), (number, size) => stream!.NextBatch(number, size), o.Rate, TimeSpan.FromDays(1), stop);
        var started = Stopwatch.GetTimestamp();
        var ingesting = o.Rate == 0 ? Task.CompletedTask : stop.GuardAsync(ingest.RunAsync);
        try
        {
            var ledger = new ProbeLedger(baseline, seeded.Persons);
            var sender = new AckingSender(http, probe.Tokens, new IngestCounts());
            await PhaseProgress.RunAsync(() => Status(tally, background), async () =>
            {
                for (var p = 0; p < o.Probes; p++)
                {
                    await ProbeAsync(sender, ledger, tally, p, ct);
                }
                var rest = TimeSpan.FromSeconds(o.Seconds) - Stopwatch.GetElapsedTime(started);
                if (rest > TimeSpan.Zero && o.Rate > 0)
                {
                    await Task.Delay(rest, ct);
                }
            });
        }
        finally
        {
            ingest.StopSending();
            await ingesting;
        }
        return new FreshnessOutcome(seeded, wait, tally, background, Stopwatch.GetElapsedTime(started), null);
    }

    private async Task ProbeAsync(AckingSender sender, ProbeLedger ledger, ProbeTally tally, int number, CancellationToken ct)
    {
        var student = probe.Students.Student(ProbeContext.FreshnessFirst + SeedMembers + number);
        var diploma = probe.Students.Graduation(student, _school, probe.Schools.Source, ProbeIngest.EventTime());
        var results = await sender.SendAsync(new PlannedBatch(BatchProducer.Serialize(number + 1, [diploma]), NoMilestones), ct);
        var acked = Stopwatch.GetTimestamp();
        tally.Posted();
        if (results is [{ Status: "duplicate" }])
        {
            tally.SentBefore();
            return;
        }
        if (results is not [{ Status: "accepted" } result])
        {
            tally.NotAccepted(results.Count == 1 ? $"{results[0].Status}: {results[0].FirstError}" : $"{results.Count} results for one event");
            return;
        }
        if (ledger.Expect(result.PersonId) is not { } expected)
        {
            tally.OwedNoChange();
            return;
        }
        while (true)
        {
            var polled = Stopwatch.GetTimestamp();
            var answer = await _calls.StaffAsync(_school.Id, ct);
            tally.Read(answer.Status == OutcomesAnswer.Throttled);
            if (answer.Status == OutcomesAnswer.Throttled)
            {
                await Task.Delay(answer.RetryAfter ?? TimeSpan.FromSeconds(1), ct);
                continue;
            }
            var (size, problem) = CohortWait.Size(answer, o.Cohort);
            if (problem is null && ProbeLedger.Shows(size, expected))
            {
                tally.Shown(Stopwatch.GetElapsedTime(acked, answer.Answered));
                ledger.Read(size);
                return;
            }
            if (Stopwatch.GetElapsedTime(acked) >= GiveUp)
            {
                tally.NeverShown();
                ledger.Read(problem is null ? size : null);
                return;
            }
            var rest = PollInterval - Stopwatch.GetElapsedTime(polled);
            if (rest > TimeSpan.Zero)
            {
                await Task.Delay(rest, ct);
            }
        }
    }

    private string Status(ProbeTally tally, IngestCounts background)
    {
        var latency = tally.Latency();
        var ingest = o.Rate == 0 ? "no background ingest" : $"background {background.EventsAcked:N0} events, {background.AckedPerSecond:N0}/s";
        return $"freshness: probes {tally.Sent:N0}/{o.Probes:N0} | shown p50 {latency.P50:F0} ms p99 {latency.P99:F0} ms max {latency.Max:F0} ms | " +
               $"> 5 s {tally.Late:N0} | never {tally.NotVisible:N0} | {ingest}";
    }
}
