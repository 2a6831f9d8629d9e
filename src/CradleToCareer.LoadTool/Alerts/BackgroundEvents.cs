using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Generation;
using CradleToCareer.LoadTool.Ingest;

namespace CradleToCareer.LoadTool.Alerts;

/// <summary>
/// The background stream (<see cref="StudentEvents.Background"/>: courses and attendance that reach no milestone),
/// spread round-robin over the students. Not thread-safe: one scheduler calls it.
/// </summary>
public sealed class BackgroundEvents(IReadOnlyList<StudentProfile> students, string tag, DateOnly today, DateTime time)
{
    private static readonly IReadOnlyDictionary<string, string> NoMilestones = new Dictionary<string, string>(StringComparer.Ordinal);

    private long _sent;

    public GeneratedEvent Next()
    {
        var student = students[(int)(_sent % students.Count)];
        var next = StudentEvents.Background(student, _sent / students.Count, tag, today, time);
        _sent++;
        return next;
    }

    /// <summary>A batch of background events only, for a <see cref="SteadyIngest"/> that owes no alert.</summary>
    public PlannedBatch NextBatch(long number, int size) =>
        new(BatchProducer.Serialize(number, [.. Enumerable.Range(0, size).Select(_ => Next())]), NoMilestones);
}
