using System.Text.RegularExpressions;
using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Outcomes;

namespace CradleToCareer.LoadTool.Tests.Outcomes;

public sealed partial class ProbeStudentsTests
{
    private static readonly ProbeStudents Students = new(17, "o261207093005", "2025-2026");

    [Fact]
    public void Every_probe_student_is_a_person_of_its_own()
    {
        var drawn = Enumerable.Range(0, 20_000).Select(i => Students.Student(ProbeContext.ExtractFirst + i)).ToArray();

        Assert.All(drawn, s => Assert.Matches(TenDigits(), s.Ssid));
        Assert.Equal(drawn.Length, drawn.Select(s => s.Ssid).Distinct().Count());
        Assert.Equal(drawn.Length, drawn.Select(s => (s.FirstName, s.LastName)).Distinct().Count());
        Assert.All(drawn, s => Assert.InRange(s.BirthDate, new DateOnly(2007, 9, 2), new DateOnly(2008, 8, 31)));
        Assert.All(drawn, s => Assert.InRange(s.LastName.Length, 10, 20));
        var sexes = drawn.GroupBy(s => s.Sex ?? "none").ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(["F", "M", "X", "none"], sexes.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_same_index_is_the_same_person_and_another_tag_another_one()
    {
        var again = new ProbeStudents(17, "o261207093005", "2025-2026").Student(42);
        var other = new ProbeStudents(17, "o261207093006", "2025-2026").Student(42);

        Assert.Equal(Students.Student(42), again);
        Assert.NotEqual(Students.Student(42).LastName, other.LastName);
    }

    [Fact]
    public void The_events_enroll_in_grade_12_and_graduate_with_a_standard_diploma()
    {
        var school = new ProbeSchools("o261207093005").School(ProbeSchools.Big);
        var student = Students.Student(7);
        var time = new DateTime(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);

        var enrollment = Students.Enrollment(student, school, "urn:c2c:source:lea:probe-o261207093005", time);
        var graduation = Students.Graduation(student, school, "urn:c2c:source:lea:probe-o261207093005", time);

        Assert.Equal(new K12EnrollmentStarted(school, "2025-2026", "12", new DateOnly(2025, 8, 15)), enrollment.Data);
        Assert.Equal(new K12Graduated(school, "2025-2026", new DateOnly(2026, 6, 5), "standard"), graduation.Data);
        Assert.Equal(("o261207093005-p7-e", "o261207093005-p7-g"), (enrollment.Id, graduation.Id));
        Assert.True(ProbeStudents.IsGraduation(graduation.Id));
        Assert.False(ProbeStudents.IsGraduation(enrollment.Id));
        Assert.Equal([new StudentId("ssid", student.Ssid)], graduation.Student.Ids);
        Assert.Null(graduation.Student.StreetAddress);
    }

    [Fact]
    public void Probe_schools_are_cds_ids_of_their_tag()
    {
        var schools = new ProbeSchools("o261207093005");
        var other = new ProbeSchools("o261207093006");

        Assert.Matches(CdsId(), schools.School(0).Id);
        Assert.StartsWith("cds:9", schools.School(0).Id, StringComparison.Ordinal);
        Assert.EndsWith("0021", schools.School(21).Id, StringComparison.Ordinal);
        Assert.NotEqual(schools.School(0).Id, other.School(0).Id);
        Assert.Equal(Institution.K12School, schools.School(3).Kind);
        Assert.Throws<ArgumentOutOfRangeException>(() => schools.School(ProbeSchools.MaxSchools));
    }

    [Fact]
    public void Made_up_names_take_three_and_five_syllables()
    {
        var (first, last) = ProbeNames.For(0);

        Assert.Equal(("Bababa", "Bababababa"), (first, last));
        Assert.NotEqual(ProbeNames.For(1), ProbeNames.For(168));
        Assert.Equal(168, ProbeNames.Syllables);
    }

    [GeneratedRegex(@"^\d{10}$")]
    private static partial Regex TenDigits();

    [GeneratedRegex(@"^cds:\d{14}$")]
    private static partial Regex CdsId();
}
