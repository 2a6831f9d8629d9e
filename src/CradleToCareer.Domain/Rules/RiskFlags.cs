using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Rules;

/// <summary>The risk flags of rules.md: current state, recomputed from the records each time.</summary>
public static class RiskFlags
{
    public const decimal ChronicAbsenceRate = 0.10m;
    public const decimal LowGpaBelow = 2.00m;

    /// <summary>The active flag ids, sorted ordinally.</summary>
    public static IReadOnlyList<string> Active(
        IReadOnlyCollection<K12Attendance> attendance,
        IReadOnlyCollection<K12Course> k12Courses,
        decimal? k12Gpa,
        decimal? postsecondaryGpa)
    {
        var flags = new List<string>();
        if (ChronicAbsence(attendance))
        {
            flags.Add(RiskFlagIds.ChronicAbsence);
        }

        if (AgOffTrack(k12Courses))
        {
            flags.Add(RiskFlagIds.AgOffTrack);
        }

        if (LowGpa(k12Gpa, postsecondaryGpa))
        {
            flags.Add(RiskFlagIds.LowGpa);
        }

        flags.Sort(StringComparer.Ordinal);
        return flags;
    }

    /// <summary>The latest school year's days, summed across schools: absent / enrolled >= 10% (never when nothing is enrolled).</summary>
    public static bool ChronicAbsence(IReadOnlyCollection<K12Attendance> attendance)
    {
        if (attendance.Count == 0)
        {
            return false;
        }

        var latest = attendance.Max(a => SchoolYear.ParseStart(a.SchoolYear));
        var year = attendance.Where(a => SchoolYear.ParseStart(a.SchoolYear) == latest).ToList();
        var enrolled = year.Sum(a => (decimal)a.DaysEnrolled);
        var absent = year.Sum(a => (decimal)a.DaysAbsent);
        return enrolled > 0m && absent / enrolled >= ChronicAbsenceRate;
    }

    /// <summary>The latest school year with K-12 courses has an a-g course marked D+, D, D-, F or NP.</summary>
    public static bool AgOffTrack(IReadOnlyCollection<K12Course> courses)
    {
        if (courses.Count == 0)
        {
            return false;
        }

        var latest = courses.Max(c => SchoolYear.ParseStart(c.SchoolYear));
        return courses.Any(c => SchoolYear.ParseStart(c.SchoolYear) == latest
                                && AgRequirements.SubjectOf(c.AgCategory) is not null
                                && Marks.IsAgOffTrack(c.Mark));
    }

    /// <summary>The K-12 or the postsecondary cumulative GPA (as reported, two decimals) is below 2.00.</summary>
    public static bool LowGpa(decimal? k12Gpa, decimal? postsecondaryGpa) =>
        k12Gpa < LowGpaBelow || postsecondaryGpa < LowGpaBelow;
}
