using System.Diagnostics;
using CradleToCareer.LoadTool.Alerts;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Ingest;
using CradleToCareer.LoadTool.Views;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>A school's probe graduates as the service took them: the distinct persons their diplomas landed on.</summary>
public sealed record LandedCohort(Institution School, int Students, IReadOnlySet<string> Persons, TimeSpan Elapsed);

/// <summary>
/// Sends probe graduates to a probe school: each student's enrollment and diploma in one batch (so the diploma finds
/// the person the enrollment made), <see cref="StudentsPerBatch"/> students a batch, <see cref="Concurrency"/> batches
/// at a time, each re-sent until acknowledged (<see cref="AckingSender"/>). Every event must be accepted (or, on a
/// rerun with the same tag, answered duplicate); any other answer ends the run with the service's words, since a
/// cohort short of its members would make the phase wait for nothing.
/// </summary>
public sealed class ProbeIngest(HttpClient http, AccessTokenSource tokens, ProbeStudents students, string source)
{
    public const int StudentsPerBatch = 500;
    public const int Concurrency = 4;

    private static readonly IReadOnlyDictionary<string, string> NoMilestones = new Dictionary<string, string>(StringComparer.Ordinal);

    private long _batches;

    public IngestCounts Counts { get; } = new();

    /// <summary>
    /// Students <paramref name="first"/> .. <paramref name="first"/> + <paramref name="count"/> - 1 graduate from
    /// <paramref name="school"/>, with an enrollment first when <paramref name="enroll"/>.
    /// </summary>
    public async Task<LandedCohort> GraduateAsync(Institution school, long first, int count, bool enroll, string label, CancellationToken ct)
    {
        var sender = new AckingSender(http, tokens, Counts);
        var persons = new HashSet<string>(StringComparer.Ordinal);
        var time = EventTime();
        var batches = (count + StudentsPerBatch - 1) / StudentsPerBatch;
        var ackedBefore = Counts.EventsAcked;
        var total = (long)count * (enroll ? 2 : 1);
        var started = Stopwatch.GetTimestamp();
        await PhaseProgress.RunAsync(
            () => $"{label}: events {Counts.EventsAcked - ackedBefore:N0}/{total:N0} acknowledged | persons {Count(persons):N0} | retried {Counts.FailedAttemptCount:N0}",
            () => ClosedLoop.ForCountAsync(batches, Concurrency, async (batch, token) =>
            {
                var from = first + ((long)batch * StudentsPerBatch);
                var size = (int)Math.Min(StudentsPerBatch, first + count - from);
                var events = new List<GeneratedEvent>(size * 2);
                for (var index = from; index < from + size; index++)
                {
                    var student = students.Student(index);
                    if (enroll)
                    {
                        events.Add(students.Enrollment(student, school, source, time));
                    }
                    events.Add(students.Graduation(student, school, source, time));
                }
                var planned = new PlannedBatch(BatchProducer.Serialize(Interlocked.Increment(ref _batches), events), NoMilestones);
                var results = await sender.SendAsync(planned, token);
                lock (persons)
                {
                    persons.UnionWith(results.Where(r => ProbeStudents.IsGraduation(r.Id) && r.PersonId is not null).Select(r => r.PersonId!));
                }
            }, ct));
        if (Counts.NotAcceptedCount > 0)
        {
            throw new ToolException(
                $"{label}: {Counts.NotAcceptedCount:N0} probe events were not accepted; first: {Counts.Samples().FirstOrDefault()}");
        }
        return new LandedCohort(school, count, persons, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Events are stamped a second ago, to the second: never after the service's clock.</summary>
    public static DateTime EventTime()
    {
        var now = DateTime.UtcNow.AddSeconds(-1);
        return new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, DateTimeKind.Utc);
    }

    private static int Count(HashSet<string> persons)
    {
        lock (persons)
        {
            return persons.Count;
        }
    }
}
