using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Generation;

/// <summary>Quarterly wage records from the first teenage job on; pay steps up in quarters after the first award.</summary>
public static class WorkforceJourney
{
    public static void Build(JourneyBuilder j)
    {
        var s = j.Student;
        var ids = new List<StudentId> { new("local:edd", s.LocalNumber) };
        if (j.Chance(0.9))
        {
            ids.Add(new("ssid", s.Ssid));
        }
        var block = s.Block(ids, withSsn: true, withAddress: false);
        var employer = NewEmployer(j);
        var personal = Math.Exp(0.25 * StudentFactory.Normal(j.Rng));
        var credentialPay = personal * j.Facts.HighestAward switch
        {
            "master" => 19_000.0,
            "bachelor" => 15_000.0,
            "associate" or "certificate" => 10_500.0,
            _ => 7_500.0,
        };
        var quartersWorked = 0;

        for (var (year, quarter) = (s.GraduationYear - 1, 3); ; (year, quarter) = quarter == 4 ? (year + 1, 1) : (year, quarter + 1))
        {
            var quarterStart = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
            var reported = quarterStart.AddMonths(3).AddDays(j.Rng.Next(40, 60));
            if (reported > j.Today)
            {
                return;
            }
            var studying = quarterStart <= j.Facts.EducationEnd;
            if (!j.Chance(studying ? 0.35 : j.Facts.HighestAward is null ? 0.7 : 0.86))
            {
                continue;
            }
            if (j.Chance(0.12))
            {
                employer = NewEmployer(j);
            }
            var basePay = quarterStart > j.Facts.FirstAwardDate ? credentialPay : personal * 7_500.0;
            var pay = studying ? 1_500 + (j.Rng.NextDouble() * 3_000) : basePay * Math.Pow(1.008, quartersWorked++);
            j.Emit(StateAgencies.Edd, j.At(reported), block,
                new WageReported(employer.IdHash, employer.Naics, year, quarter, decimal.Round((decimal)pay, 2)));
        }
    }

    private static (string IdHash, string Naics) NewEmployer(JourneyBuilder j) =>
        (Convert.ToHexStringLower(BitConverter.GetBytes(j.Rng.NextInt64())), j.Pick(CollegeCatalog.Naics));
}
