using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Tests.Rules;

public sealed class RiskFlagsTests
{
    private static K12Attendance Attendance(string year, int enrolled, int absent, string school = Records.School) =>
        new(school, year, enrolled, absent);

    [Theory]
    [InlineData(180, 18, true)]
    [InlineData(180, 17, false)]
    [InlineData(0, 0, false)]
    [InlineData(0, 5, false)]
    public void Chronic_absence_is_ten_percent_or_more_of_enrolled_days(int enrolled, int absent, bool flagged) =>
        Assert.Equal(flagged, RiskFlags.ChronicAbsence([Attendance("2024-2025", enrolled, absent)]));

    [Fact]
    public void Chronic_absence_looks_only_at_the_latest_school_year()
    {
        Assert.False(RiskFlags.ChronicAbsence([Attendance("2023-2024", 180, 60), Attendance("2024-2025", 180, 5)]));
        Assert.True(RiskFlags.ChronicAbsence([Attendance("2023-2024", 180, 0), Attendance("2024-2025", 180, 30)]));
    }

    [Fact]
    public void Chronic_absence_sums_days_across_schools_in_the_latest_year()
    {
        K12Attendance[] twoSchools = [Attendance("2024-2025", 90, 12), Attendance("2024-2025", 90, 6, "cds:19647330000001")];

        Assert.True(RiskFlags.ChronicAbsence(twoSchools));
        Assert.False(RiskFlags.ChronicAbsence([twoSchools[0] with { DaysAbsent = 2 }, twoSchools[1]]));
    }

    [Theory]
    [InlineData("D+", true)]
    [InlineData("D", true)]
    [InlineData("D-", true)]
    [InlineData("F", true)]
    [InlineData("NP", true)]
    [InlineData("C-", false)]
    [InlineData("W", false)]
    public void Ag_off_track_is_a_low_ag_mark_in_the_latest_year(string mark, bool flagged) =>
        Assert.Equal(flagged, RiskFlags.AgOffTrack([Records.Course("c", mark)]));

    [Fact]
    public void Ag_off_track_ignores_earlier_years_and_non_ag_courses()
    {
        Assert.False(RiskFlags.AgOffTrack([Records.Course("c", "F", "2023-2024"), Records.Course("c", "B", "2024-2025")]));
        Assert.False(RiskFlags.AgOffTrack([Records.Course(null, "F", "2024-2025")]));
        Assert.True(RiskFlags.AgOffTrack([Records.Course(null, "A", "2024-2025"), Records.Course("b", "D", "2024-2025", "SP")]));
    }

    [Theory]
    [InlineData(1.99, null, true)]
    [InlineData(null, 1.50, true)]
    [InlineData(2.00, 3.00, false)]
    [InlineData(3.00, 1.99, true)]
    [InlineData(null, null, false)]
    public void Low_gpa_is_either_cumulative_gpa_below_two(double? k12, double? postsecondary, bool flagged) =>
        Assert.Equal(flagged, RiskFlags.LowGpa((decimal?)k12, (decimal?)postsecondary));

    [Fact]
    public void Active_lists_every_set_flag_sorted()
    {
        var flags = RiskFlags.Active([Attendance("2024-2025", 100, 20)], [Records.Course("a", "F")], 0.00m, null);

        Assert.Equal([RiskFlagIds.AgOffTrack, RiskFlagIds.ChronicAbsence, RiskFlagIds.LowGpa], flags);
        Assert.Empty(RiskFlags.Active([], [], null, null));
    }
}
