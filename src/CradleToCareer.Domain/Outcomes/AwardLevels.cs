namespace CradleToCareer.Domain.Outcomes;

/// <summary>The postsecondary award levels of events.md, lowest first: certificate, associate, bachelor, master, doctorate.</summary>
public static class AwardLevels
{
    public const string Certificate = "certificate";
    public const string Associate = "associate";
    public const string Bachelor = "bachelor";
    public const string Master = "master";
    public const string Doctorate = "doctorate";

    public static IReadOnlyList<string> Ascending { get; } = [Certificate, Associate, Bachelor, Master, Doctorate];

    /// <summary>
    /// The highest of <paramref name="levels"/>, or null when none is a known level (validated events carry only known
    /// ones).
    /// </summary>
    public static string? Highest(IEnumerable<string> levels)
    {
        var rank = -1;
        foreach (var level in levels)
        {
            rank = Math.Max(rank, IndexOf(level));
        }

        return rank < 0 ? null : Ascending[rank];
    }

    private static int IndexOf(string level)
    {
        for (var i = 0; i < Ascending.Count; i++)
        {
            if (string.Equals(Ascending[i], level, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
