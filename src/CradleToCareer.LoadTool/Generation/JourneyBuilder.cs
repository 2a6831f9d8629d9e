using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Generation;

/// <summary>What earlier parts of a journey decided that later parts depend on.</summary>
public sealed class JourneyFacts
{
    public string? DiplomaType { get; set; }
    public DateOnly HighSchoolExit { get; set; }
    public double? HighSchoolGpa { get; set; }
    public string? AidApplication { get; set; }
    public DateOnly EducationEnd { get; set; }
    public string? HighestAward { get; set; }
    public DateOnly? FirstAwardDate { get; set; }
}

/// <summary>Collects one student's events; ids are unique per source because they carry the student number and a sequence.</summary>
public sealed class JourneyBuilder(Random rng, StudentProfile student, string tag, DateTime now)
{
    private int _sequence;

    public Random Rng => rng;
    public StudentProfile Student => student;
    public JourneyFacts Facts { get; } = new();
    public List<GeneratedEvent> Events { get; } = [];
    public DateOnly Today => DateOnly.FromDateTime(now);

    /// <summary>Records an event unless its time lies after the simulated present.</summary>
    public void Emit(string source, DateTime time, StudentBlock block, IEventData data)
    {
        if (time <= now)
        {
            Events.Add(new GeneratedEvent(source, $"{tag}-{student.Index:D7}-{_sequence++:D3}", time, block, data, student.Index));
        }
    }

    /// <summary>A moment on <paramref name="date"/>, during the afternoon and evening in UTC (a Pacific working day).</summary>
    public DateTime At(DateOnly date) =>
        date.ToDateTime(new TimeOnly(rng.Next(15, 24), rng.Next(60), rng.Next(60)), DateTimeKind.Utc);

    public DateOnly Between(DateOnly first, int days) => first.AddDays(rng.Next(days + 1));

    public bool Chance(double probability) => rng.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];
}
