using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Generation;

namespace CradleToCareer.LoadTool.Alerts;

/// <summary>
/// The events of the alerts run that reach no milestone and raise no risk flag (rules.md): the enrollment every student
/// gets in setup, and the background stream of non-a-g courses marked A and attendance summaries with few absences.
/// All K-12 events name the student by SSID at the first high school of the home district.
/// </summary>
public static class StudentEvents
{
    /// <summary>One background event in this many is an attendance summary; the others are courses.</summary>
    public const int AttendanceEvery = 10;

    public const int DaysEnrolled = 180;

    /// <summary>Setup: the student starts grade 12 this school year.</summary>
    public static GeneratedEvent Enrollment(StudentProfile s, string tag, DateOnly today, DateTime time)
    {
        var year = SchoolYearStart(today);
        var data = new K12EnrollmentStarted(School(s), SchoolYear(year), "12", new DateOnly(year, 8, 15));
        return new GeneratedEvent(s.District.Source, $"{tag}-{s.Index:D7}-enrolled", time, s.K12Block(s.District), data, s.Index);
    }

    /// <summary>The student's <paramref name="sequence"/>-th background event, about last school year.</summary>
    public static GeneratedEvent Background(StudentProfile s, long sequence, string tag, DateOnly today, DateTime time)
    {
        var schoolYear = SchoolYear(SchoolYearStart(today) - 1);
        IEventData data = sequence % AttendanceEvery == AttendanceEvery - 1
            ? new K12AttendanceSummarized(School(s), schoolYear, DaysEnrolled, (int)(sequence % 5))
            : new K12CourseCompleted(
                School(s), schoolYear, sequence % 2 == 0 ? "FA" : "SP", "11", $"ELEC{sequence % 1_000:D3}", "Elective seminar",
                null, false, "A", 5.0m, 5.0m);
        return new GeneratedEvent(s.District.Source, $"{tag}-{s.Index:D7}-b{sequence:D6}", time, s.K12Block(s.District), data, s.Index);
    }

    public static Institution School(StudentProfile s) => s.District.HighSchools[0];

    /// <summary>School years start in August.</summary>
    public static int SchoolYearStart(DateOnly date) => date.Month >= 8 ? date.Year : date.Year - 1;

    public static string SchoolYear(int start) => $"{start}-{start + 1}";
}
