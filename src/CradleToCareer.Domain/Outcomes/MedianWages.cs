namespace CradleToCareer.Domain.Outcomes;

/// <summary>
/// outcomes.md's <c>median-wages-after-credential</c> for an entrants cohort: the members with
/// <see cref="CohortMember.WagesAfterCredential"/> qualify; per cell, their count is suppressed like a denominator
/// (the same complementary step across a breakdown) and the median is shown once 11 or more qualify in that cell.
/// </summary>
public static class MedianWages
{
    public const int FewestForMedian = 11;

    /// <summary>The median's cells over the members; the wages are sorted once and dealt to the cells in order.</summary>
    public static MedianOutcome Of(IEnumerable<CohortMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var qualifying = members.Where(m => m.WagesAfterCredential is not null).ToArray();
        var wages = qualifying.Select(m => m.WagesAfterCredential!.Value).ToArray();
        Array.Sort(wages, qualifying);

        var sex = NewLists(OutcomeBreakdowns.SexCells.Count);
        var social = NewLists(OutcomeBreakdowns.SocialServicesCells.Count);
        for (var i = 0; i < qualifying.Length; i++)
        {
            sex[BreakdownCells.SexIndex(qualifying[i].Sex)].Add(wages[i]);
            social[BreakdownCells.SocialServicesIndex(qualifying[i].SocialServices)].Add(wages[i]);
        }

        var (allCell, sexCells) = Cells(wages, sex, OutcomeBreakdowns.SexCells);
        var (_, socialCells) = Cells(wages, social, OutcomeBreakdowns.SocialServicesCells);
        return new MedianOutcome(
            allCell,
            BreakdownCells.Named(OutcomeBreakdowns.SexCells, sexCells),
            BreakdownCells.Named(OutcomeBreakdowns.SocialServicesCells, socialCells));
    }

    /// <summary>
    /// The median of <paramref name="values"/> in whole dollars, half away from zero (an even count takes the mean of
    /// the middle two); null when fewer than 11.
    /// </summary>
    public static decimal? MedianOf(IReadOnlyCollection<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < FewestForMedian)
        {
            return null;
        }

        var sorted = values.ToArray();
        Array.Sort(sorted);
        return MedianOfSorted(sorted);
    }

    private static decimal? MedianOfSorted(IReadOnlyList<decimal> sorted)
    {
        if (sorted.Count < FewestForMedian)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
        return Math.Round(median, 0, MidpointRounding.AwayFromZero);
    }

    private static (MedianCell All, MedianCell[] Cells) Cells(decimal[] all, List<decimal>[] cells, IReadOnlyList<string> names)
    {
        var (allCount, cellCounts) = OutcomeSuppression.Counts(all.Length, cells.Select(c => c.Count).ToArray(), names);
        var medianCells = new MedianCell[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            medianCells[i] = new MedianCell(cellCounts[i], MedianOfSorted(cells[i]));
        }

        return (new MedianCell(allCount, MedianOfSorted(all)), medianCells);
    }

    private static List<decimal>[] NewLists(int count)
    {
        var lists = new List<decimal>[count];
        for (var i = 0; i < count; i++)
        {
            lists[i] = [];
        }

        return lists;
    }
}
