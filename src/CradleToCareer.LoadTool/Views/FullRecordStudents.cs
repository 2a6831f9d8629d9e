using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Generation;

namespace CradleToCareer.LoadTool.Views;

/// <summary>A generated full-record student: who it is and every event its sources send, in the order built.</summary>
public sealed record FullRecordStudent(StudentProfile Profile, IReadOnlyList<GeneratedEvent> Events)
{
    /// <summary>K-12 and college course records: the lines of a transcript.</summary>
    public int Courses => Events.Count(e => e.Data is K12CourseCompleted or PostsecondaryCourseCompleted);

    public bool EnrolledInPostsecondary => Events.Any(e => e.Data is PostsecondaryEnrollment);
}

/// <summary>
/// Students whose transcripts have at least a given number of courses. The same seed, tag and limits give the same
/// events. The persons are drawn from a seed of their own, so they are not the students of <c>ingest --seed</c>.
/// </summary>
public static class FullRecordStudents
{
    /// <summary>College courses every student takes even when high school alone reaches the minimum.</summary>
    public const int MinCollegeCourses = 8;

    /// <summary>Up to this many college courses beyond what the minimum needs, so records differ in length.</summary>
    public const int ExtraCollegeCourses = 8;

    private const int SeedMask = 0x7A11_5EED;

    public static IReadOnlyList<FullRecordStudent> Generate(int count, int minCourses, int seed, string tag)
    {
        var rng = new Random(seed);
        var factory = new StudentFactory(seed ^ SeedMask);
        var now = JourneyGenerator.SimulatedNow;
        var students = new List<FullRecordStudent>(count);
        for (var index = 0; index < count; index++)
        {
            var drawn = factory.Create(rng, index);
            var collegeCourses = Math.Max(minCourses - FullRecordJourney.K12Courses, MinCollegeCourses) + rng.Next(ExtraCollegeCourses + 1);
            var profile = FullRecordJourney.Fit(drawn, collegeCourses, DateOnly.FromDateTime(now));
            var journey = new JourneyBuilder(rng, profile, tag, now);
            FullRecordJourney.Build(journey, collegeCourses);
            students.Add(new FullRecordStudent(profile, journey.Events));
        }
        return students;
    }
}
