using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Generation;

namespace CradleToCareer.LoadTool.Views;

/// <summary>
/// A "full record": all four high-school years with six courses a semester (48 course records), a standard diploma,
/// then fall and spring terms at a CSU or UC campus until the college courses reach their target, with a bachelor's
/// degree once 120 units are earned. Unlike the journeys of <see cref="JourneyGenerator"/> nobody drops out, starts
/// late or stops early, and every record carries the SSID, so all of a student's events land on one person.
/// </summary>
public static class FullRecordJourney
{
    public const int K12Courses = 4 * 2 * 6;
    public const int MinCoursesPerTerm = 4;
    public const int MaxCoursesPerTerm = 5;

    /// <summary>Spring grades are posted at most this many days after the term ends.</summary>
    private const int GradesPostedWithinDays = 21;

    private const decimal SemesterCredits = 5.0m;
    private const decimal BachelorUnits = 120m;

    /// <summary>
    /// The drawn student, graduated from high school early enough that <paramref name="collegeCourses"/> courses fit in
    /// the fall and spring terms graded by <paramref name="today"/>; the birth date moves with the graduation year.
    /// </summary>
    public static StudentProfile Fit(StudentProfile drawn, int collegeCourses, DateOnly today)
    {
        var terms = (collegeCourses + MinCoursesPerTerm - 1) / MinCoursesPerTerm;
        var latest = LatestGraduationYear(terms, today);
        if (drawn.GraduationYear <= latest)
        {
            return drawn;
        }
        var person = drawn.Person with { BirthDate = drawn.Person.BirthDate.AddYears(latest - drawn.GraduationYear) };
        return drawn with { GraduationYear = latest, Person = person };
    }

    /// <summary>
    /// The latest high-school graduation year after which <paramref name="terms"/> fall and spring terms, starting
    /// that fall, are all graded by <paramref name="today"/>: from fall g to spring y there are 2(y - g) terms.
    /// </summary>
    public static int LatestGraduationYear(int terms, DateOnly today)
    {
        var lastSpring = new AcademicTerm(today.Year, "SP").End.AddDays(GradesPostedWithinDays) <= today ? today.Year : today.Year - 1;
        return lastSpring - ((terms + 1) / 2);
    }

    public static void Build(JourneyBuilder j, int collegeCourses)
    {
        HighSchool(j);
        University(j, collegeCourses);
    }

    private static void HighSchool(JourneyBuilder j)
    {
        var s = j.Student;
        var district = s.District;
        var school = j.Pick(district.HighSchools);
        var block = s.K12Block(district);
        var mathTrack = s.Ability > 1.2 ? 2 : s.Ability > -0.3 ? 1 : 0;
        var honorsTrack = s.Ability > 0.6;
        for (var grade = 9; grade <= 12; grade++)
        {
            var year = s.GraduationYear - 13 + grade;
            var schoolYear = $"{year}-{year + 1}";
            var entry = j.Between(new DateOnly(year, 8, 10), 15);
            j.Emit(district.Source, j.At(entry.AddDays(j.Rng.Next(1, 30))), block,
                new K12EnrollmentStarted(school, schoolYear, grade.ToString("D2"), entry));
            Semester(j, district.Source, block, school, schoolYear, grade, "FA", new DateOnly(year + 1, 1, 15), mathTrack, honorsTrack);
            Semester(j, district.Source, block, school, schoolYear, grade, "SP", new DateOnly(year + 1, 6, 10), mathTrack, honorsTrack);

            var exit = j.Between(new DateOnly(year + 1, 6, 3), 9);
            var reported = j.At(exit.AddDays(j.Rng.Next(5, 20)));
            var daysEnrolled = 175 + j.Rng.Next(6);
            j.Emit(district.Source, reported, block,
                new K12AttendanceSummarized(school, schoolYear, daysEnrolled, (int)Math.Round(daysEnrolled * j.Rng.NextDouble() * 0.06)));
            j.Emit(district.Source, reported, block, new K12EnrollmentEnded(school, schoolYear, exit, "completed"));
            if (grade == 12)
            {
                j.Emit(district.Source, reported.AddMinutes(5), block, new K12Graduated(school, schoolYear, exit, "standard"));
            }
        }
    }

    private static void Semester(
        JourneyBuilder j, string source, StudentBlock block, Institution school, string schoolYear, int grade, string term,
        DateOnly gradesPosted, int mathTrack, bool honorsTrack)
    {
        var reported = j.At(j.Between(gradesPosted, 14));
        foreach (var course in K12CourseCatalog.Semester(j.Rng, grade, term, mathTrack, honorsTrack, takesSpanish: true))
        {
            var mark = Marks.K12(j.Rng, j.Student.Ability + (course.Honors ? -0.2 : 0), course.PassNoPass);
            j.Emit(source, reported, block, new K12CourseCompleted(
                school, schoolYear, term, grade.ToString("D2"), course.Code, course.Title, course.AgCategory, course.Honors, mark,
                SemesterCredits, Marks.EarnsCredit(mark) ? SemesterCredits : 0m));
        }
    }

    private static void University(JourneyBuilder j, int collegeCourses)
    {
        var s = j.Student;
        var college = s.Ability > 0.8 ? j.Pick(PlaceCatalog.UcCampuses) : j.Pick(PlaceCatalog.CsuCampuses);
        var systemId = college.Institution.Kind == Institution.Uc ? new StudentId("uc-id", s.UcId) : new StudentId("csu-id", s.CsuId);
        var block = s.Block([systemId, new($"local:{college.OrgKey}", s.LocalNumber), new("ssid", s.Ssid)], withSsn: false);
        var major = j.Pick(CollegeCatalog.Programs.Where(p => !p.Vocational).ToArray());
        var units = new GpaTally();
        var awarded = false;
        var term = AcademicTerm.Fall(s.GraduationYear);
        for (var taken = 0; taken < collegeCourses; term = term.Next(withSummer: false))
        {
            var count = Math.Min(j.Rng.Next(MinCoursesPerTerm, MaxCoursesPerTerm + 1), Math.Max(collegeCourses - taken, MinCoursesPerTerm));
            taken += UniversityTerm(j, college, block, term, major.Cip, count, units);
            if (!awarded && term.Season == "SP" && units.UnitsEarned >= BachelorUnits)
            {
                awarded = true;
                var conferred = j.Between(term.End.AddDays(3), 14);
                j.Emit(college.Source, j.At(conferred.AddDays(j.Rng.Next(7, 30))), block,
                    new AwardConferred(college.Institution, conferred, "bachelor", major.Cip, $"Bachelor of Arts in {major.Title}"));
            }
        }
    }

    /// <summary>One term: the census enrollment and <paramref name="count"/> distinct courses graded after it ends.</summary>
    private static int UniversityTerm(
        JourneyBuilder j, College college, StudentBlock block, AcademicTerm term, string cip, int count, GpaTally units)
    {
        var catalog = CollegeCatalog.UniversityCourses;
        var first = j.Rng.Next(catalog.Length);
        var courses = Enumerable.Range(0, count).Select(i => catalog[(first + (i * 7)) % catalog.Length]).ToArray();
        j.Emit(college.Source, j.At(term.Start.AddDays(j.Rng.Next(14, 30))), block,
            new PostsecondaryEnrollment(college.Institution, term.Label, "undergraduate", cip, courses.Sum(c => c.Units)));
        var posted = j.At(term.End.AddDays(j.Rng.Next(7, GradesPostedWithinDays)));
        foreach (var course in courses)
        {
            var mark = Marks.College(j.Rng, j.Student.Ability, course.PassNoPass);
            units.Add(mark, course.Units);
            j.Emit(college.Source, posted, block, new PostsecondaryCourseCompleted(
                college.Institution, term.Label, course.Code, course.Title, mark, course.Units, Marks.EarnsCredit(mark) ? course.Units : 0m));
        }
        return courses.Length;
    }
}
