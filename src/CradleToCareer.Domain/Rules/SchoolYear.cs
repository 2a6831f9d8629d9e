using System.Globalization;

namespace CradleToCareer.Domain.Rules;

/// <summary>A K-12 school year "2024-2025": Aug 1 of its first calendar year to Jul 31 of its second.</summary>
public static class SchoolYear
{
    /// <summary>Accepts "YYYY-YYYY" where the second year follows the first.</summary>
    public static bool TryParseStart(string? schoolYear, out int startYear)
    {
        startYear = 0;
        if (schoolYear is not { Length: 9 } || schoolYear[4] != '-'
            || !int.TryParse(schoolYear.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !int.TryParse(schoolYear.AsSpan(5, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var second)
            || first < 1000
            || second != first + 1)
        {
            return false;
        }

        startYear = first;
        return true;
    }

    public static int ParseStart(string schoolYear) =>
        TryParseStart(schoolYear, out var start)
            ? start
            : throw new FormatException($"'{schoolYear}' is not a school year like 2024-2025.");

    public static DateOnly Start(string schoolYear) => new(ParseStart(schoolYear), 8, 1);

    public static DateOnly End(string schoolYear) => new(ParseStart(schoolYear) + 1, 7, 31);
}
