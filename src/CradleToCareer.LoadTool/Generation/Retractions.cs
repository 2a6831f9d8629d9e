using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Generation;

/// <summary>A small share of course, attendance, aid and wage records is withdrawn later by the same source.</summary>
public static class Retractions
{
    public const double Share = 0.004;

    private static readonly string[] Reasons = ["entered in error", "duplicate record", "attributed to the wrong student"];

    public static void Build(JourneyBuilder j)
    {
        var candidates = j.Events
            .Where(e => e.Data is K12CourseCompleted or K12AttendanceSummarized or PostsecondaryCourseCompleted or AidDisbursed or WageReported)
            .ToArray();
        foreach (var e in candidates)
        {
            if (j.Chance(Share))
            {
                j.Emit(e.Source, e.Time.AddDays(j.Rng.Next(7, 60)), e.Student, new Retraction(e.Source, e.Id, j.Pick(Reasons)));
            }
        }
    }
}
