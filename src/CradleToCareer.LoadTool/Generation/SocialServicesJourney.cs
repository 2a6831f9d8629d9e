using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Generation;

/// <summary>Occasional participation in CalFresh, CalWORKs, Medi-Cal or foster care during school years.</summary>
public static class SocialServicesJourney
{
    private static readonly string[] Programs = ["calfresh", "calfresh", "medi-cal", "medi-cal", "calworks", "foster-care", "other"];

    public static void Build(JourneyBuilder j)
    {
        if (!j.Chance(j.Student.LowIncome ? 0.16 : 0.03))
        {
            return;
        }
        var s = j.Student;
        var ids = new List<StudentId> { new("local:cdss", $"C{s.LocalNumber}") };
        if (j.Chance(0.6))
        {
            ids.Add(new("ssid", s.Ssid));
        }
        var block = s.Block(ids, withSsn: false);
        var spells = j.Rng.Next(1, 3);
        for (var i = 0; i < spells; i++)
        {
            var start = j.Between(new DateOnly(s.GraduationYear - 6, 1, 1), 365 * 7);
            DateOnly? end = j.Chance(0.7) ? start.AddDays(j.Rng.Next(90, 1_100)) : null;
            j.Emit(StateAgencies.Cdss, j.At(start.AddDays(j.Rng.Next(10, 60))), block,
                new ServiceParticipation(j.Pick(Programs), start, end is { } e && e <= j.Today ? e : null));
        }
    }
}
