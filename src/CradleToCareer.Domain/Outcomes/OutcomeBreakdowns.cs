namespace CradleToCareer.Domain.Outcomes;

/// <summary>The two breakdowns of outcomes.md and their cells, in the order they are written.</summary>
public static class OutcomeBreakdowns
{
    public const string Sex = "sex";
    public const string SocialServices = "social-services";

    public const string Unknown = "unknown";
    public const string Yes = "yes";
    public const string No = "no";

    public static IReadOnlyList<string> SexCells { get; } = ["F", "M", "X", Unknown];

    public static IReadOnlyList<string> SocialServicesCells { get; } = [No, Yes];

    /// <summary>The cell of a sex value as records give it: F, M or X, anything else (or nothing) unknown.</summary>
    public static string SexCell(string? sex) => sex is "F" or "M" or "X" ? sex : Unknown;
}
