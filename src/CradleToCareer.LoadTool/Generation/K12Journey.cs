using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Generation;

/// <summary>School years from the first enrollment to graduation, transfer or dropping out.</summary>
public static class K12Journey
{
    public static void Build(JourneyBuilder j)
    {
        var s = j.Student;
        var firstGrade = j.Chance(0.2) ? j.Rng.Next(6, 9) : j.Chance(0.06) ? 10 : 9;
        var transferAfterGrade = j.Chance(0.05) ? j.Rng.Next(9, 12) : 0;
        var dropGrade = j.Chance(s.Ability < -1 ? 0.15 : 0.03) ? j.Rng.Next(10, 13) : 0;
        var mathTrack = s.Ability > 1.2 ? 2 : s.Ability > -0.3 ? 1 : 0;
        var honorsTrack = s.Ability > 0.6 && j.Chance(0.7);
        var takesSpanish = j.Chance(0.8);
        var chronicallyAbsent = j.Chance(s.Ability < -0.8 ? 0.3 : 0.1);
        var district = s.District;
        var highSchool = district.HighSchools[j.Rng.Next(district.HighSchools.Length)];
        var gpa = new GpaTally();

        for (var grade = firstGrade; grade <= 12; grade++)
        {
            var year = s.GraduationYear - 13 + grade;
            var schoolYear = $"{year}-{year + 1}";
            var school = grade < 9 ? district.MiddleSchool : highSchool;
            var block = s.K12Block(district);
            var entry = j.Between(new DateOnly(year, 8, 10), 15);
            j.Emit(district.Source, j.At(entry.AddDays(j.Rng.Next(1, 40))), block,
                new K12EnrollmentStarted(school, schoolYear, grade.ToString("D2"), entry));

            var drops = grade == dropGrade;
            if (grade >= 9)
            {
                Semester(j, gpa, district.Source, block, school, schoolYear, grade, "FA", new DateOnly(year + 1, 1, 15), mathTrack, honorsTrack, takesSpanish);
                if (!drops)
                {
                    Semester(j, gpa, district.Source, block, school, schoolYear, grade, "SP", new DateOnly(year + 1, 6, 10), mathTrack, honorsTrack, takesSpanish);
                }
            }

            var exit = drops ? j.Between(new DateOnly(year + 1, 2, 1), 50) : j.Between(new DateOnly(year + 1, 6, 3), 9);
            var daysEnrolled = drops ? 95 + j.Rng.Next(30) : 175 + j.Rng.Next(6);
            var absentRate = chronicallyAbsent ? 0.10 + (j.Rng.NextDouble() * 0.2) : j.Rng.NextDouble() * 0.08;
            var reported = j.At(exit.AddDays(j.Rng.Next(5, 20)));
            j.Emit(district.Source, reported, block, new K12AttendanceSummarized(school, schoolYear, daysEnrolled, (int)Math.Round(daysEnrolled * absentRate)));
            var reason = drops ? "dropped" : grade == transferAfterGrade ? "transferred" : "completed";
            j.Emit(district.Source, reported, block, new K12EnrollmentEnded(school, schoolYear, exit, reason));
            j.Facts.HighSchoolExit = exit;

            if (drops)
            {
                break;
            }
            if (grade == 12)
            {
                var diploma = j.Chance(0.94) ? "standard" : j.Chance(0.65) ? "certificate-of-completion" : "other";
                j.Facts.DiplomaType = diploma;
                j.Emit(district.Source, reported.AddMinutes(5), block, new K12Graduated(school, schoolYear, exit, diploma));
            }
            if (grade == transferAfterGrade)
            {
                district = PlaceCatalog.Districts[(Array.IndexOf(PlaceCatalog.Districts, district) + 1 + j.Rng.Next(PlaceCatalog.Districts.Length - 1)) % PlaceCatalog.Districts.Length];
                highSchool = district.HighSchools[j.Rng.Next(district.HighSchools.Length)];
            }
        }
        j.Facts.HighSchoolGpa = gpa.Gpa;
        j.Facts.EducationEnd = j.Facts.HighSchoolExit;
    }

    private static void Semester(
        JourneyBuilder j, GpaTally gpa, string source, StudentBlock block, Institution school, string schoolYear,
        int grade, string term, DateOnly gradesPosted, int mathTrack, bool honorsTrack, bool takesSpanish)
    {
        var reported = j.At(j.Between(gradesPosted, 14));
        foreach (var course in K12CourseCatalog.Semester(j.Rng, grade, term, mathTrack, honorsTrack, takesSpanish))
        {
            var mark = Marks.K12(j.Rng, j.Student.Ability + (course.Honors ? -0.2 : 0), course.PassNoPass);
            var earned = Marks.EarnsCredit(mark) ? 5.0m : 0.0m;
            gpa.Add(mark, 5.0m);
            j.Emit(source, reported, block, new K12CourseCompleted(
                school, schoolYear, term, grade.ToString("D2"), course.Code, course.Title, course.AgCategory,
                course.Honors, mark, 5.0m, earned));
        }
    }
}
