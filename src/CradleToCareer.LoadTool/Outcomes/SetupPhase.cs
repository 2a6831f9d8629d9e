using System.Diagnostics;
using CradleToCareer.LoadTool.Alerts;
using CradleToCareer.LoadTool.Generation;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Ingest;
using CradleToCareer.LoadTool.Views;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>A headline cohort: what the run's journeys put in it, and what the service showed for it (null: not read).</summary>
public sealed record Headline(GeneratedCohort Generated, CohortFigures? Served, string? Problem);

/// <summary>What setup sent and the headline figures the service showed for it.</summary>
public sealed record SetupOutcome(
    int Students, long Events, IngestCounts Counts, TimeSpan Elapsed, Headline? Graduates, Headline? Entrants, int? EntrantsInstitutionCohorts);

/// <summary>
/// Phase "setup": the journeys of --students students (the generator of <c>ingest</c>, seeded from the seed and the
/// tag) go to the service through the load-test source organization, two batches of 1,000 at a time, each re-sent
/// until acknowledged. Then the statewide figures of the largest graduates cohort whose three-year window has closed,
/// and one community college's figures (the college with the largest closed entrants cohort, read as its staff), are
/// read and set beside what the journeys sent, so a reader sees the figures are not all zero. The service's figures
/// also count what earlier runs sent to the same schools and colleges, and identity matching may split or join a few
/// generated students, so the two agree closely rather than exactly.
/// </summary>
public static class SetupPhase
{
    public const int BatchSize = 1_000;
    public const int Concurrency = 2;

    /// <summary>How long the headline reads wait for the figures to settle (outcomes.md promises 5 s).</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    private static readonly IReadOnlyDictionary<string, string> NoMilestones = new Dictionary<string, string>(StringComparer.Ordinal);

    public static async Task<SetupOutcome> RunAsync(OutcomesOptions o, HttpClient http, AccessTokenSource source, CancellationToken ct)
    {
        var events = new JourneyGenerator(BackgroundLoad.Seed(o.Seed, o.Tag), o.Tag).Generate(long.MaxValue, o.Students).ToArray();
        var students = JourneyMilestones.Of(events);
        Console.Error.WriteLine($"setup: {o.Students:N0} students, {events.Length:N0} journey events");

        var counts = new IngestCounts();
        var sender = new AckingSender(http, source, counts);
        var batches = events.Chunk(BatchSize).ToArray();
        var started = Stopwatch.GetTimestamp();
        await PhaseProgress.RunAsync(
            () => $"setup: events {counts.EventsAcked:N0}/{events.Length:N0} acknowledged, {counts.AckedPerSecond:N0}/s | not accepted {counts.NotAcceptedCount:N0} | retried {counts.FailedAttemptCount:N0}",
            () => ClosedLoop.ForCountAsync(batches.Length, Concurrency, (i, token) =>
                sender.SendAsync(new PlannedBatch(BatchProducer.Serialize(i + 1, batches[i]), NoMilestones), token), ct));
        var elapsed = Stopwatch.GetElapsedTime(started);

        var asOf = DateOnly.FromDateTime(JourneyGenerator.SimulatedNow);
        var calls = new OutcomesCalls(http, source);
        var graduates = GeneratedCohort.HeadlineGraduates(students, asOf) is { } g
            ? await ReadAsync(g, token => calls.StatewideAsync(g.Key, token), "setup: statewide", ct)
            : null;
        Headline? entrants = null;
        int? cohorts = null;
        if (GeneratedCohort.HeadlineEntrants(students, asOf) is { InstitutionId: { } college } e)
        {
            entrants = await ReadAsync(e, token => calls.StaffAsync(college, token), $"setup: {college}", ct);
            cohorts = await CountCohortsAsync(calls, college, ct);
        }
        return new SetupOutcome(o.Students, events.Length, counts, elapsed, graduates, entrants, cohorts);
    }

    /// <summary>True when some whole-cohort cell of the served figures has a numerator or a rate above zero.</summary>
    public static bool AnyAboveZero(CohortFigures? figures) =>
        figures is not null && figures.Metrics.Values.Any(cell => cell.Numerator > 0 || cell.Rate > 0 || cell.Median > 0);

    private static async Task<Headline> ReadAsync(
        GeneratedCohort cohort, Func<CancellationToken, Task<OutcomesAnswer>> read, string label, CancellationToken ct)
    {
        var wait = await CohortWait.UntilAsync(read, cohort.Key, cohort.Size, TimeSpan.FromMilliseconds(500), label, ct, Settle);
        var answer = await CohortWait.PatientlyAsync(read, ct);
        if (answer.Status != OutcomesAnswer.Ok)
        {
            return new Headline(cohort, null, $"HTTP {answer.Status}: {ServiceHttp.Snippet(answer.Body)}");
        }
        try
        {
            var figures = OutcomesDocument.Parse(answer.Body).Find(cohort.Key);
            return new Headline(cohort, figures, figures is null ? $"no {cohort.Key} in the answer" : wait.Reached ? null : wait.LastProblem);
        }
        catch (FormatException e)
        {
            return new Headline(cohort, null, e.Message);
        }
    }

    private static async Task<int?> CountCohortsAsync(OutcomesCalls calls, string institutionId, CancellationToken ct)
    {
        var answer = await CohortWait.PatientlyAsync(token => calls.StaffAsync(institutionId, token), ct);
        try
        {
            return answer.Status == OutcomesAnswer.Ok ? OutcomesDocument.Parse(answer.Body).Cohorts.Count : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
