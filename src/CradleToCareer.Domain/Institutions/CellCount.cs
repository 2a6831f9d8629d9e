namespace CradleToCareer.Domain.Institutions;

/// <summary>A published count of people: <see cref="Count"/> is null when <see cref="Suppressed"/>.</summary>
public sealed record CellCount(int? Count, bool Suppressed)
{
    public static CellCount Shown(int count) => new(count, false);

    public static CellCount Hidden { get; } = new(null, true);
}
