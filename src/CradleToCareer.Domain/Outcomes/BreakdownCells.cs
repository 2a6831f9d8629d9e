namespace CradleToCareer.Domain.Outcomes;

/// <summary>Where a member falls in each breakdown, as positions in <see cref="OutcomeBreakdowns"/>' cell lists.</summary>
public static class BreakdownCells
{
    /// <summary>The position of the member's sex cell in <see cref="OutcomeBreakdowns.SexCells"/> (F, M, X, unknown).</summary>
    public static int SexIndex(string sex) => sex switch
    {
        "F" => 0,
        "M" => 1,
        "X" => 2,
        _ => 3,
    };

    /// <summary>The position in <see cref="OutcomeBreakdowns.SocialServicesCells"/> (no, yes).</summary>
    public static int SocialServicesIndex(bool socialServices) => socialServices ? 1 : 0;

    /// <summary>Each cell with its name, in the order given.</summary>
    public static NamedCell<TCell>[] Named<TCell>(IReadOnlyList<string> names, IReadOnlyList<TCell> cells)
    {
        var named = new NamedCell<TCell>[names.Count];
        for (var i = 0; i < named.Length; i++)
        {
            named[i] = new NamedCell<TCell>(names[i], cells[i]);
        }

        return named;
    }
}
