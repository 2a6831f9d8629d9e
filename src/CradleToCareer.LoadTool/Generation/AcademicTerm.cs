namespace CradleToCareer.LoadTool.Generation;

/// <summary>A college term: "2025-FA", "2026-SP" or "2026-SU", with the dates a registrar would use.</summary>
public readonly record struct AcademicTerm(int Year, string Season)
{
    public string Label => $"{Year}-{Season}";

    public DateOnly Start => Season switch
    {
        "FA" => new DateOnly(Year, 8, 22),
        "SP" => new DateOnly(Year, 1, 20),
        _ => new DateOnly(Year, 6, 15),
    };

    public DateOnly End => Season switch
    {
        "FA" => new DateOnly(Year, 12, 15),
        "SP" => new DateOnly(Year, 5, 22),
        _ => new DateOnly(Year, 8, 5),
    };

    /// <summary>The first calendar year of the aid year this term falls in ("2025-2026" for 2025-FA and 2026-SP).</summary>
    public int AwardYearStart => Season == "FA" ? Year : Year - 1;

    public bool IsSummer => Season == "SU";

    public static AcademicTerm Fall(int year) => new(year, "FA");

    /// <summary>The next term, with or without a summer session in between.</summary>
    public AcademicTerm Next(bool withSummer) => Season switch
    {
        "FA" => new AcademicTerm(Year + 1, "SP"),
        "SP" when withSummer => new AcademicTerm(Year, "SU"),
        _ => Fall(Year),
    };
}
