namespace CradleToCareer.Domain.Rules;

/// <summary>One course attempt as a GPA sees it; <paramref name="Bonus"/> is the honors point of the weighted a-g GPA.</summary>
public readonly record struct MarkedAttempt(string Mark, decimal Attempted, decimal Bonus = 0m);

/// <summary>GPA and earned credits per rules.md "Marks and GPA".</summary>
public static class Gpa
{
    /// <summary>
    /// sum((points + bonus) x attempted) / sum(attempted) over graded attempts, every attempt of a repeated course included,
    /// rounded to 2 decimals half away from zero; null when nothing graded was attempted.
    /// </summary>
    public static decimal? Of(IEnumerable<MarkedAttempt> attempts)
    {
        var weightedPoints = 0m;
        var attempted = 0m;
        foreach (var attempt in attempts.Where(a => Marks.IsGraded(a.Mark)))
        {
            weightedPoints += (Marks.Points(attempt.Mark) + attempt.Bonus) * attempt.Attempted;
            attempted += attempt.Attempted;
        }

        return attempted == 0m ? null : Round(weightedPoints / attempted);
    }

    /// <summary>Two decimals, half away from zero (2.525 becomes 2.53).</summary>
    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>Credits or units earned: the plain sum over every mark, graded or not.</summary>
    public static decimal Earned(IEnumerable<decimal> earned) => earned.Sum();
}
