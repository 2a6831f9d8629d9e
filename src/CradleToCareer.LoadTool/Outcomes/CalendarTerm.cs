using System.Globalization;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// A postsecondary term ("2025-FA") on the service's calendar (domain-rules.md): FA runs Aug 1 - Dec 31 of the named
/// year, SP Jan 1 - May 31, SU Jun 1 - Jul 31. These are the dates milestones take, not the registrar dates the
/// generator gives its terms. Within a calendar year the order is SP, SU, FA.
/// </summary>
public readonly record struct CalendarTerm(int Year, string Season) : IComparable<CalendarTerm>
{
    public DateOnly Start => Season switch
    {
        "FA" => new DateOnly(Year, 8, 1),
        "SP" => new DateOnly(Year, 1, 1),
        _ => new DateOnly(Year, 6, 1),
    };

    public DateOnly End => Season switch
    {
        "FA" => new DateOnly(Year, 12, 31),
        "SP" => new DateOnly(Year, 5, 31),
        _ => new DateOnly(Year, 7, 31),
    };

    public string Label => $"{Year}-{Season}";

    /// <exception cref="FormatException">Not "YYYY-FA", "YYYY-SP" or "YYYY-SU".</exception>
    public static CalendarTerm Parse(string label) =>
        label.Length == 7 && label[4] == '-' && label[5..] is "FA" or "SP" or "SU"
            && int.TryParse(label.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? new CalendarTerm(year, label[5..])
            : throw new FormatException($"'{label}' is not a postsecondary term such as 2025-FA");

    public int CompareTo(CalendarTerm other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Rank(Season).CompareTo(Rank(other.Season));

    public static bool operator <(CalendarTerm a, CalendarTerm b) => a.CompareTo(b) < 0;
    public static bool operator >(CalendarTerm a, CalendarTerm b) => a.CompareTo(b) > 0;
    public static bool operator <=(CalendarTerm a, CalendarTerm b) => a.CompareTo(b) <= 0;
    public static bool operator >=(CalendarTerm a, CalendarTerm b) => a.CompareTo(b) >= 0;

    private static int Rank(string season) => season switch { "SP" => 0, "SU" => 1, _ => 2 };
}
