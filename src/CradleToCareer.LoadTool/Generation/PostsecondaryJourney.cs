using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Generation;

/// <summary>Community-college and university terms, transfers and awards after high school.</summary>
public static class PostsecondaryJourney
{
    private const int MaxTerms = 12;

    public static void Build(JourneyBuilder j)
    {
        var s = j.Student;
        var year = s.GraduationYear;
        switch (j.Facts.DiplomaType)
        {
            case "standard" when j.Chance(Math.Clamp(0.22 + (0.18 * s.Ability), 0.02, 0.75)):
                FourYear(j, PickFourYear(j), AcademicTerm.Fall(year), 0, null);
                break;
            case "standard" when j.Chance(0.6):
                CommunityCollege(j, AcademicTerm.Fall(year));
                break;
            case "standard" when j.Chance(0.12):
                CommunityCollege(j, AcademicTerm.Fall(year + j.Rng.Next(1, 4)));
                break;
            case "certificate-of-completion" or "other" when j.Chance(0.3):
            case null when j.Chance(0.15):
                CommunityCollege(j, AcademicTerm.Fall(j.Facts.HighSchoolExit.Year + 1));
                break;
        }
    }

    private static void CommunityCollege(JourneyBuilder j, AcademicTerm term)
    {
        var s = j.Student;
        var college = j.Chance(0.85) ? s.District.CommunityCollege : j.Pick(PlaceCatalog.CommunityColleges);
        var program = j.Chance(0.8) ? j.Pick(CollegeCatalog.Programs) : null;
        var vocational = program?.Vocational ?? false;
        var fullTime = j.Chance(0.35 + (0.15 * s.Ability));
        var ids = new List<StudentId> { new("ccc-id", s.CccId), new($"local:{college.OrgKey}", s.LocalNumber) };
        if (j.Chance(0.85))
        {
            ids.Add(new("ssid", s.Ssid));
        }
        var block = WithTypo(j, s.Block(ids, withSsn: false, withAddress: j.Chance(0.8)));
        var tally = new GpaTally();
        var awarded = new HashSet<string>();

        for (var taken = 0; taken < MaxTerms && term.Start <= j.Today; taken++)
        {
            var courseCount = term.IsSummer ? 1 : fullTime ? j.Rng.Next(4, 6) : j.Rng.Next(2, 4);
            Term(j, college, block, term, "undergraduate", program?.Cip, CollegeCatalog.CommunityCollegeCourses, courseCount, tally, vocational);
            if (term.Season == "SP")
            {
                var conferred = j.Between(term.End.AddDays(7), 14);
                if (vocational && tally.UnitsEarned >= 16 && awarded.Add("certificate") && j.Chance(0.6))
                {
                    Award(j, college, block, conferred, "certificate", program!, $"Certificate of Achievement in {program!.Title}");
                }
                if (tally.UnitsEarned >= 60 && awarded.Add("associate") && j.Chance(0.65))
                {
                    var major = program ?? CollegeCatalog.Programs[0];
                    Award(j, college, block, conferred, "associate", major, $"Associate in Arts for Transfer in {major.Title}");
                }
                if (tally.UnitsEarned >= 56 && tally.Gpa >= 2.4 && j.Chance(0.5 + (0.15 * s.Ability)))
                {
                    FourYear(j, PickFourYear(j), AcademicTerm.Fall(term.Year), Math.Min(tally.UnitsEarned, 70m), program is { Vocational: false } ? program : null);
                    return;
                }
            }
            if (!j.Chance(0.86 + (0.04 * s.Ability)))
            {
                return;
            }
            term = term.Next(withSummer: term.Season == "SP" && j.Chance(0.15));
        }
    }

    private static void FourYear(JourneyBuilder j, College college, AcademicTerm term, decimal transferUnits, Program? program)
    {
        var s = j.Student;
        var major = program ?? j.Pick(CollegeCatalog.Programs.Where(p => !p.Vocational).ToArray());
        var ids = new List<StudentId> { new($"local:{college.OrgKey}", s.LocalNumber) };
        if (college.Institution.Kind is Institution.Csu or Institution.Uc)
        {
            ids.Insert(0, new(college.Institution.Kind == Institution.Csu ? "csu-id" : "uc-id", college.Institution.Kind == Institution.Csu ? s.CsuId : s.UcId));
        }
        if (j.Chance(0.85))
        {
            ids.Add(new("ssid", s.Ssid));
        }
        var block = WithTypo(j, s.Block(ids, withSsn: false, withAddress: j.Chance(0.7)));
        var tally = new GpaTally();
        var level = "undergraduate";

        for (var taken = 0; taken < MaxTerms && term.Start <= j.Today; taken++)
        {
            var courses = level == "graduate" ? 3 : j.Rng.Next(3, 6);
            Term(j, college, block, term, level, j.Chance(0.9) ? major.Cip : null, CollegeCatalog.UniversityCourses, courses, tally, vocational: false);
            if (term.Season == "SP" && tally.UnitsEarned + transferUnits >= 120 && level == "undergraduate")
            {
                Award(j, college, block, j.Between(term.End.AddDays(3), 14), "bachelor", major, $"Bachelor of Arts in {major.Title}");
                if (!j.Chance(0.08))
                {
                    return;
                }
                level = "graduate";
                tally = new GpaTally();
                transferUnits = 0;
            }
            else if (term.Season == "SP" && level == "graduate" && tally.UnitsEarned >= 30)
            {
                Award(j, college, block, j.Between(term.End.AddDays(3), 14), "master", major, $"Master of Science in {major.Title}");
                return;
            }
            if (!j.Chance(0.93 + (0.03 * s.Ability)))
            {
                return;
            }
            term = term.Next(withSummer: false);
        }
    }

    private static void Term(
        JourneyBuilder j, College college, StudentBlock block, AcademicTerm term, string level, string? cip,
        CollegeCourse[] catalog, int courseCount, GpaTally tally, bool vocational)
    {
        var first = j.Rng.Next(catalog.Length);
        var courses = Enumerable.Range(0, courseCount).Select(i => catalog[(first + (i * 7)) % catalog.Length]).ToArray();
        var units = courses.Sum(c => c.Units);
        var census = j.At(term.Start.AddDays(j.Rng.Next(14, 30)));
        if (term.Season == "FA")
        {
            FinaidJourney.Reapply(j, term.AwardYearStart + 1);
        }
        j.Emit(college.Source, census, block, new PostsecondaryEnrollment(college.Institution, term.Label, level, cip, units));
        FinaidJourney.Disburse(j, college, term, units, vocational);
        var posted = j.At(term.End.AddDays(j.Rng.Next(7, 21)));
        foreach (var course in courses)
        {
            var mark = Marks.College(j.Rng, j.Student.Ability, course.PassNoPass);
            tally.Add(mark, course.Units);
            j.Emit(college.Source, posted, block, new PostsecondaryCourseCompleted(
                college.Institution, term.Label, course.Code, course.Title, mark, course.Units, Marks.EarnsCredit(mark) ? course.Units : 0m));
        }
        j.Facts.EducationEnd = term.End;
    }

    private static void Award(JourneyBuilder j, College college, StudentBlock block, DateOnly date, string level, Program program, string title)
    {
        j.Emit(college.Source, j.At(date.AddDays(j.Rng.Next(7, 30))), block, new AwardConferred(college.Institution, date, level, program.Cip, title));
        j.Facts.HighestAward = level;
        j.Facts.FirstAwardDate ??= date;
    }

    private static College PickFourYear(JourneyBuilder j) =>
        j.Chance(0.05) ? PlaceCatalog.PrivateUniversity
        : j.Student.Ability > 0.8 && j.Chance(0.5) ? j.Pick(PlaceCatalog.UcCampuses)
        : j.Pick(PlaceCatalog.CsuCampuses);

    /// <summary>About 3% of college records swap two letters of the first name, as hand-keyed records do.</summary>
    private static StudentBlock WithTypo(JourneyBuilder j, StudentBlock block)
    {
        if (block.FirstName is not { Length: > 3 } name || !j.Chance(0.03))
        {
            return block;
        }
        var at = j.Rng.Next(1, name.Length - 1);
        return block with { FirstName = string.Concat(name.AsSpan(0, at), name.AsSpan(at + 1, 1), name.AsSpan(at, 1), name.AsSpan(at + 2)) };
    }
}
