using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Tests.Profile;

/// <summary>
/// A realistic cradle-to-career history, varied by seed: four high-school years with courses, attendance and
/// enrollments, graduation, aid, community college then a UC, an award, wage quarters, and a few retractions.
/// </summary>
internal sealed record HistoryFixture(IReadOnlyList<SourceEvent> Events)
{
    private static readonly string[] GoodMarks = ["A+", "A", "A-", "B+", "B", "B-", "C+", "C"];
    private static readonly string[] AnyMarks = ["A", "B", "C", "C-", "D", "F", "P", "NP", "W", "I"];

    public static HistoryFixture Build(int seed)
    {
        var random = new Random(seed);
        var school = new TestEvents("urn:c2c:source:lea:1964733");
        var college = new TestEvents("urn:c2c:source:ccc:111111");
        var university = new TestEvents("urn:c2c:source:uc:222222");
        var state = new TestEvents("urn:c2c:source:csac");
        var wagesSource = new TestEvents("urn:c2c:source:edd");
        var events = new List<SourceEvent>();
        var recorded = new DateTimeOffset(2021, 6, 1, 12, 0, 0, TimeSpan.Zero);

        string[] subjects = ["a", "b", "c", "d", "e", "f", "g"];
        for (var year = 0; year < 4; year++)
        {
            var schoolYear = $"{2021 + year}-{2022 + year}";
            var grade = $"{9 + year:D2}";
            var campus = year == 0 ? TestEvents.MiddleSchool : TestEvents.HighSchool;
            events.Add(school.Started(schoolYear, grade, new DateOnly(2021 + year, 8, 15 + random.Next(10)), campus));
            foreach (var term in new[] { "FA", "SP" })
            {
                foreach (var subject in subjects.Where(_ => random.Next(4) > 0))
                {
                    var mark = random.Next(10) == 0 ? AnyMarks[random.Next(AnyMarks.Length)] : GoodMarks[random.Next(GoodMarks.Length)];
                    events.Add(school.Course(schoolYear, term, grade, $"{subject.ToUpperInvariant()}{year}{term}", subject[0], mark,
                        honors: random.Next(3) == 0, school: campus));
                }

                events.Add(school.Course(schoolYear, term, grade, $"PE{year}{term}", null, "P", school: campus));
            }

            events.Add(school.Attendance(schoolYear, 180, random.Next(30), recorded.AddYears(year), campus));
            events.Add(school.Attendance(schoolYear, 180, random.Next(30), recorded.AddYears(year).AddDays(random.Next(-3, 4)), campus));
            if (year < 3)
            {
                events.Add(school.Ended(schoolYear, new DateOnly(2022 + year, 6, 10), school: campus));
            }
        }

        var mistake = school.Course("2024-2025", "SP", "12", "CHEM4SP", 'd', "F");
        events.Add(mistake);
        events.Add(school.Retract(mistake));
        events.Add(school.Graduated("2024-2025", new DateOnly(2025, 6, 12)));
        events.Add(state.Application(new DateOnly(2024, 10, 1 + random.Next(20)), awardYear: "2025-2026"));
        events.Add(state.Application(new DateOnly(2025, 10, 1 + random.Next(20)), random.Next(2) == 0 ? "fafsa" : "cadaa", "2026-2027"));

        string[] ccTerms = ["2025-FA", "2026-SP", "2026-SU", "2026-FA", "2027-SP"];
        foreach (var term in ccTerms)
        {
            events.Add(college.Enrolled(term, units: 12m));
            for (var course = 0; course < 4; course++)
            {
                events.Add(college.CollegeCourse(term, $"CC{course}", random.Next(8) == 0 ? AnyMarks[random.Next(AnyMarks.Length)] : GoodMarks[random.Next(GoodMarks.Length)],
                    units: 3m + random.Next(2)));
            }

            events.Add(state.Disbursed(AcademicStart(term).AddDays(random.Next(30)), random.Next(3) == 0 ? "pell" : "cal-grant-b"));
        }

        events.Add(college.Award(new DateOnly(2027, 5, 20 + random.Next(5))));
        foreach (var term in new[] { "2027-FA", "2028-SP" })
        {
            events.Add(university.Enrolled(term, TestEvents.University, "uc", 15m));
            events.Add(university.CollegeCourse(term, "UC1", GoodMarks[random.Next(GoodMarks.Length)], units: 4m, college: TestEvents.University));
        }

        var duplicateLoad = university.Enrolled("2028-SP", TestEvents.University, "uc", 15m);
        events.Add(duplicateLoad);
        var withdrawn = university.Retract(duplicateLoad);
        events.Add(withdrawn);
        events.Add(university.Retract(withdrawn));

        for (var quarter = 0; quarter < 8; quarter++)
        {
            var wage = wagesSource.Wage(2026 + (quarter / 4), (quarter % 4) + 1, random.Next(3) == 0 ? 0m : 1000m + random.Next(9000), $"emp-{random.Next(2)}");
            events.Add(wage);
            if (quarter == 5)
            {
                events.Add(wagesSource.Retract(wage));
            }

            if (quarter % 3 == 1)
            {
                events.Add(wagesSource.Wage(2026 + (quarter / 4), (quarter % 4) + 1, 500m + random.Next(500), "emp-second-job"));
            }
        }

        events.Add(state.Participation("calfresh", new DateOnly(2019, 2, 1), new DateOnly(2021, 1, 31)));
        return new HistoryFixture(events);
    }

    private static DateOnly AcademicStart(string term) => AcademicTerm.ParsePostsecondary(term).Start;
}
