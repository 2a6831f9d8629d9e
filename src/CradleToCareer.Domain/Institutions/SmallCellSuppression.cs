namespace CradleToCareer.Domain.Institutions;

/// <summary>rules.md "Aggregates": counts of 1 to 10 people are never shown, nor is anything they could be recovered from.</summary>
public static class SmallCellSuppression
{
    public const int MaxSuppressed = 10;

    public static bool IsSmall(int count) => count is >= 1 and <= MaxSuppressed;

    /// <summary>A count that stands alone: suppressed when small, zero shown as 0.</summary>
    public static CellCount Single(int count) => IsSmall(count) ? CellCount.Hidden : CellCount.Shown(count);

    /// <summary>
    /// A group of cells that add up to a shown total. Small cells and a small total are suppressed; when the total is
    /// shown and exactly one cell is suppressed, the smallest other non-zero cell (first in order on a tie) is
    /// suppressed too so the first cannot be recovered by subtraction.
    /// </summary>
    public static (CellCount Total, IReadOnlyList<CellCount> Cells) Group(int total, IReadOnlyList<int> cells)
    {
        var suppressed = cells.Select(IsSmall).ToArray();
        var totalSuppressed = IsSmall(total);

        if (!totalSuppressed && suppressed.Count(s => s) == 1)
        {
            var partner = Enumerable.Range(0, cells.Count)
                .Where(i => !suppressed[i] && cells[i] > 0)
                .OrderBy(i => cells[i])
                .ThenBy(i => i)
                .Select(i => (int?)i)
                .FirstOrDefault();
            if (partner is { } index)
            {
                suppressed[index] = true;
            }
        }

        var shownCells = cells.Select((count, i) => suppressed[i] ? CellCount.Hidden : CellCount.Shown(count)).ToList();
        return (totalSuppressed ? CellCount.Hidden : CellCount.Shown(total), shownCells);
    }
}
