using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Ingest;

namespace CradleToCareer.LoadTool.Alerts;

/// <summary>A batch of the measurement: its bytes, and the milestone each milestone event's id triggers.</summary>
public sealed record PlannedBatch(EventBatch Batch, IReadOnlyDictionary<string, string> MilestoneByEventId);

/// <summary>
/// The measured event stream. After event k, floor(k x share) milestone events have been planned; the rest are
/// background events (<see cref="BackgroundEvents"/>) of the background students. Milestone event j gives consented student
/// j mod n the milestone j div n (in <see cref="MilestoneTriggers.All"/> order), so each student reaches each milestone
/// at most once and consecutive milestones belong to different persons. Not thread-safe: one scheduler calls it.
/// </summary>
public sealed class AlertWorkload(AlertStudents students, double share, string tag, DateOnly today, DateTime time)
{
    /// <summary>The date every milestone is reached on: the day before the run.</summary>
    public DateOnly MilestoneDate { get; } = today.AddDays(-1);

    private readonly BackgroundEvents _background = new(students.Background, tag, today, time);
    private long _events;
    private long _milestones;

    public long Capacity => (long)students.Consented.Count * MilestoneTriggers.All.Length;

    public long MilestonesPlanned => _milestones;

    public PlannedBatch NextBatch(long number, int size)
    {
        var events = new GeneratedEvent[size];
        var milestones = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < size; i++)
        {
            _events++;
            if ((long)Math.Floor(_events * share) > _milestones && _milestones < Capacity)
            {
                var trigger = MilestoneTriggers.All[_milestones / students.Consented.Count];
                var student = students.Consented[(int)(_milestones % students.Consented.Count)];
                _milestones++;
                events[i] = trigger.Event(student, tag, MilestoneDate, time);
                milestones[events[i].Id] = trigger.MilestoneId;
            }
            else
            {
                events[i] = _background.Next();
            }
        }
        return new PlannedBatch(BatchProducer.Serialize(number, events), milestones);
    }
}
