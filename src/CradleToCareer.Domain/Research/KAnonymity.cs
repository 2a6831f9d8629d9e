using System.Globalization;

namespace CradleToCareer.Domain.Research;

/// <summary>
/// k-anonymity for research extracts (outcomes.md): every combination of birth year, sex, cohort and institution an
/// extract shows describes at least <see cref="K"/> rows. Rows whose exact key has <see cref="K"/> or more are kept.
/// The others have their birth year generalized to a 5-year band aligned on multiples of 5 (<c>2005-2009</c>); the
/// band groups are formed from those rows alone (a kept year inside the band is not counted toward it), and a band
/// group of fewer than <see cref="K"/> rows is dropped. A row without a birth year cannot be generalized, so its group
/// is kept or dropped as it is. The extract shows a kept year next to a band that spans it; each still describes at
/// least <see cref="K"/> rows.
/// </summary>
public static class KAnonymity
{
    /// <summary>The fewest rows any combination may describe.</summary>
    public const int K = 11;

    public const int BandYears = 5;

    /// <summary>The 5-year band holding the year, e.g. <c>2005-2009</c> for 2007.</summary>
    public static string BandOf(int birthYear)
    {
        var first = birthYear - (((birthYear % BandYears) + BandYears) % BandYears);
        return string.Create(CultureInfo.InvariantCulture, $"{first}-{first + BandYears - 1}");
    }

    /// <summary>The decisions for the members counted per exact quasi-identifier.</summary>
    public static KAnonymityPlan Plan(IReadOnlyDictionary<QuasiIdentifier, long> countsByKey)
    {
        ArgumentNullException.ThrowIfNull(countsByKey);
        var bandGroups = new Dictionary<(string Band, string Sex, string Cohort, string InstitutionId), long>();
        foreach (var (key, count) in countsByKey)
        {
            if (count < K && key.BirthYear is { } year)
            {
                var group = (BandOf(year), key.Sex, key.Cohort, key.InstitutionId);
                bandGroups[group] = bandGroups.GetValueOrDefault(group) + count;
            }
        }

        var decisions = new Dictionary<QuasiIdentifier, RowDecision>(countsByKey.Count);
        long kept = 0, generalized = 0, dropped = 0;
        foreach (var (key, count) in countsByKey)
        {
            var decision = Decide(key, count, bandGroups);
            decisions[key] = decision;
            switch (decision.Fate)
            {
                case RowFate.Keep:
                    kept += count;
                    break;
                case RowFate.Generalize:
                    generalized += count;
                    break;
                default:
                    dropped += count;
                    break;
            }
        }

        return new KAnonymityPlan(decisions, kept, generalized, dropped);
    }

    private static RowDecision Decide(
        QuasiIdentifier key, long count, Dictionary<(string Band, string Sex, string Cohort, string InstitutionId), long> bandGroups)
    {
        if (count >= K)
        {
            return RowDecision.Keep;
        }

        if (key.BirthYear is not { } year)
        {
            return RowDecision.Drop;
        }

        var band = BandOf(year);
        return bandGroups[(band, key.Sex, key.Cohort, key.InstitutionId)] >= K ? RowDecision.Generalize(band) : RowDecision.Drop;
    }
}

/// <summary>
/// What k-anonymity decided for each exact quasi-identifier it was given, and how many counted rows each way went.
/// A key it was not given (a member who joined the cohort after the count) is dropped: nothing vetted its group.
/// </summary>
public sealed class KAnonymityPlan(
    IReadOnlyDictionary<QuasiIdentifier, RowDecision> decisions, long keptRows, long generalizedRows, long droppedRows)
{
    public long KeptRows { get; } = keptRows;

    public long GeneralizedRows { get; } = generalizedRows;

    public long DroppedRows { get; } = droppedRows;

    public RowDecision Decide(QuasiIdentifier key) => decisions.GetValueOrDefault(key, RowDecision.Drop);
}
