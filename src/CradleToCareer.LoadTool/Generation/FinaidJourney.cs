using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Generation;

/// <summary>FAFSA/CADAA applications and Cal Grant, Pell and Middle Class Scholarship disbursements.</summary>
public static class FinaidJourney
{
    public static void ApplyInSeniorYear(JourneyBuilder j)
    {
        if (j.Facts.DiplomaType == "standard" && j.Chance(Math.Clamp(0.55 + (0.15 * j.Student.Ability), 0.2, 0.9)))
        {
            j.Facts.AidApplication = j.Chance(0.07) ? "cadaa" : "fafsa";
            Submit(j, j.Student.GraduationYear);
        }
    }

    /// <summary>
    /// Applies for the next aid year during a fall term; a few students apply for the first time in college,
    /// late for the current aid year as well.
    /// </summary>
    public static void Reapply(JourneyBuilder j, int awardYearStart)
    {
        if (j.Facts.AidApplication is null && j.Chance(0.2))
        {
            j.Facts.AidApplication = "fafsa";
            Submit(j, awardYearStart - 1);
        }
        if (j.Facts.AidApplication is not null)
        {
            Submit(j, awardYearStart);
        }
    }

    public static void Disburse(JourneyBuilder j, College college, AcademicTerm term, decimal units, bool vocational)
    {
        if (j.Facts.AidApplication is null || term.IsSummer)
        {
            return;
        }
        var awardYear = AwardYear(term.AwardYearStart);
        var date = j.Between(term.Start.AddDays(-7), 21);
        foreach (var (program, amount) in Awards(j, college.Institution, units, vocational))
        {
            j.Emit(StateAgencies.Csac, j.At(date.AddDays(j.Rng.Next(3, 12))), Block(j, withSsid: j.Chance(0.5), withSsn: false),
                new AidDisbursed(program, awardYear, college.Institution, amount, date));
        }
    }

    private static IEnumerable<(string Program, decimal Amount)> Awards(JourneyBuilder j, Institution institution, decimal units, bool vocational)
    {
        var s = j.Student;
        var gpa = j.Facts.HighSchoolGpa ?? 0;
        var fourYear = institution.IsFourYear;
        if (gpa >= 3.0 && fourYear && (s.LowIncome || s.Index % 2 == 0))
        {
            yield return ("cal-grant-a", institution.Kind switch { Institution.Uc => 7_215.00m, Institution.Csu => 2_871.00m, _ => 4_839.00m });
        }
        else if (gpa >= 2.0 && s.LowIncome)
        {
            yield return ("cal-grant-b", institution.Kind switch { Institution.Uc => 8_039.00m, Institution.Csu => 3_695.00m, Institution.CommunityCollege => 824.00m, _ => 5_663.00m });
        }
        else if (vocational && s.LowIncome)
        {
            yield return ("cal-grant-c", 547.00m);
        }
        if (s.LowIncome && j.Facts.AidApplication == "fafsa")
        {
            var load = units >= 12 ? 1.0m : units >= 9 ? 0.75m : units >= 6 ? 0.5m : 0.25m;
            yield return ("pell", decimal.Round(3_697.50m * load, 2));
        }
        if (!s.LowIncome && institution.Kind is Institution.Uc or Institution.Csu && s.Index % 3 == 0)
        {
            yield return ("middle-class-scholarship", 1_000.00m);
        }
    }

    private static void Submit(JourneyBuilder j, int awardYearStart)
    {
        var submitted = j.Between(new DateOnly(awardYearStart - 1, 10, 1), 150);
        var fafsa = j.Facts.AidApplication == "fafsa";
        j.Emit(StateAgencies.Csac, j.At(submitted.AddDays(j.Rng.Next(1, 6))), Block(j, withSsid: true, withSsn: fafsa),
            new AidApplicationSubmitted(j.Facts.AidApplication!, AwardYear(awardYearStart), submitted));
    }

    private static StudentBlock Block(JourneyBuilder j, bool withSsid, bool withSsn)
    {
        var s = j.Student;
        StudentId[] ids = withSsid ? [new("csac-id", s.CsacId), new("ssid", s.Ssid)] : [new("csac-id", s.CsacId)];
        return s.Block(ids, withSsn);
    }

    private static string AwardYear(int start) => $"{start}-{start + 1}";
}
