using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Generation;

/// <summary>
/// Streams synthetic events the way regional feeds arrive: students are built in waves, and each wave's
/// events are released in simulated-time order, so different students' records interleave while memory
/// stays bounded by one wave. The same seed, tag and limits give the same events.
/// </summary>
public sealed class JourneyGenerator(int seed, string tag)
{
    /// <summary>The simulated present: nothing later than this is generated.</summary>
    public static readonly DateTime SimulatedNow = new(2026, 6, 30, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Measured over 10,000 students with seed 42; used to size waves and "--students auto".</summary>
    public const int AverageEventsPerStudent = 100;

    public const int MaxWaveSize = 1_000;

    /// <summary>Students whose first event has been handed out so far.</summary>
    public long StudentsEmitted { get; private set; }

    /// <summary>The run's tag for event ids, "s" + seed unless given.</summary>
    public static string DefaultTag(int seed) => $"s{seed}";

    /// <summary>Events until <paramref name="maxEvents"/>, or until <paramref name="maxStudents"/> students are exhausted.</summary>
    public IEnumerable<GeneratedEvent> Generate(long maxEvents, long? maxStudents)
    {
        var rng = new Random(seed);
        var factory = new StudentFactory(seed);
        var waveSize = WaveSize(maxEvents, maxStudents);
        long emitted = 0;
        long nextStudent = 0;
        while (emitted < maxEvents && (maxStudents is not { } limit || nextStudent < limit))
        {
            var count = maxStudents is { } max ? (int)Math.Min(waveSize, max - nextStudent) : waveSize;
            var wave = new List<GeneratedEvent>(count * AverageEventsPerStudent);
            for (var i = 0; i < count; i++, nextStudent++)
            {
                wave.AddRange(Journey(rng, factory.Create(rng, nextStudent)));
            }
            var seen = new HashSet<long>();
            foreach (var e in wave.OrderBy(e => e.Time))
            {
                if (emitted++ >= maxEvents)
                {
                    yield break;
                }
                if (seen.Add(e.StudentNumber))
                {
                    StudentsEmitted++;
                }
                yield return e;
            }
        }
    }

    private static int WaveSize(long maxEvents, long? maxStudents)
    {
        var needed = maxStudents ?? ((maxEvents + AverageEventsPerStudent - 1) / AverageEventsPerStudent);
        return (int)Math.Clamp(needed, 1, MaxWaveSize);
    }

    private List<GeneratedEvent> Journey(Random rng, StudentProfile student)
    {
        var journey = new JourneyBuilder(rng, student, tag, SimulatedNow);
        K12Journey.Build(journey);
        FinaidJourney.ApplyInSeniorYear(journey);
        PostsecondaryJourney.Build(journey);
        WorkforceJourney.Build(journey);
        SocialServicesJourney.Build(journey);
        Retractions.Build(journey);
        return journey.Events;
    }
}
