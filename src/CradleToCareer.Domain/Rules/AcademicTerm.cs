using System.Globalization;

namespace CradleToCareer.Domain.Rules;

/// <summary>
/// One term of the shared calendar for K-12 ("2024-2025" + "FA") and postsecondary ("2025-FA", "2026-SP", "2026-SU"):
/// FA runs Aug 1 - Dec 31 of the school year's first calendar year, SP Jan 1 - May 31 and SU Jun 1 - Jul 31 of its second.
/// Terms order by school year, then FA, SP, SU.
/// </summary>
public readonly record struct AcademicTerm(int SchoolYearStart, TermCode Code) : IComparable<AcademicTerm>
{
    public DateOnly Start => Code switch
    {
        TermCode.FA => new DateOnly(SchoolYearStart, 8, 1),
        TermCode.SP => new DateOnly(SchoolYearStart + 1, 1, 1),
        _ => new DateOnly(SchoolYearStart + 1, 6, 1),
    };

    public DateOnly End => Code switch
    {
        TermCode.FA => new DateOnly(SchoolYearStart, 12, 31),
        TermCode.SP => new DateOnly(SchoolYearStart + 1, 5, 31),
        _ => new DateOnly(SchoolYearStart + 1, 7, 31),
    };

    public AcademicTerm Next => Code switch
    {
        TermCode.FA => this with { Code = TermCode.SP },
        TermCode.SP => this with { Code = TermCode.SU },
        _ => new AcademicTerm(SchoolYearStart + 1, TermCode.FA),
    };

    /// <summary>The term whose dates include <paramref name="date"/> (the terms cover every day of the year).</summary>
    public static AcademicTerm Containing(DateOnly date) => date.Month switch
    {
        >= 8 => new AcademicTerm(date.Year, TermCode.FA),
        <= 5 => new AcademicTerm(date.Year - 1, TermCode.SP),
        _ => new AcademicTerm(date.Year - 1, TermCode.SU),
    };

    /// <summary>K-12 form: a school year "2024-2025" and a term "FA", "SP" or "SU".</summary>
    public static bool TryParseK12(string? schoolYear, string? term, out AcademicTerm result)
    {
        result = default;
        if (!SchoolYear.TryParseStart(schoolYear, out var start) || !TryParseCode(term, out var code))
        {
            return false;
        }

        result = new AcademicTerm(start, code);
        return true;
    }

    public static AcademicTerm ParseK12(string schoolYear, string term) =>
        TryParseK12(schoolYear, term, out var result)
            ? result
            : throw new FormatException($"'{schoolYear}' '{term}' is not a K-12 school year and term.");

    /// <summary>Postsecondary form "YYYY-FA", "YYYY-SP", "YYYY-SU", YYYY being the calendar year the term falls in.</summary>
    public static bool TryParsePostsecondary(string? term, out AcademicTerm result)
    {
        result = default;
        if (term is not { Length: 7 } || term[4] != '-'
            || !int.TryParse(term.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 1000 or > 9998
            || !TryParseCode(term[5..], out var code))
        {
            return false;
        }

        result = new AcademicTerm(code == TermCode.FA ? year : year - 1, code);
        return true;
    }

    public static AcademicTerm ParsePostsecondary(string term) =>
        TryParsePostsecondary(term, out var result)
            ? result
            : throw new FormatException($"'{term}' is not a postsecondary term.");

    /// <summary>The postsecondary spelling, e.g. "2026-SP" for the spring of school year 2025-2026.</summary>
    public string ToPostsecondaryName() =>
        $"{(Code == TermCode.FA ? SchoolYearStart : SchoolYearStart + 1).ToString(CultureInfo.InvariantCulture)}-{Code}";

    /// <summary>The K-12 spelling of the school year, e.g. "2024-2025".</summary>
    public string ToSchoolYearName() =>
        $"{SchoolYearStart.ToString(CultureInfo.InvariantCulture)}-{(SchoolYearStart + 1).ToString(CultureInfo.InvariantCulture)}";

    public int CompareTo(AcademicTerm other)
    {
        var byYear = SchoolYearStart.CompareTo(other.SchoolYearStart);
        return byYear != 0 ? byYear : ((int)Code).CompareTo((int)other.Code); // an enum's own CompareTo boxes
    }

    public static bool operator <(AcademicTerm left, AcademicTerm right) => left.CompareTo(right) < 0;

    public static bool operator >(AcademicTerm left, AcademicTerm right) => left.CompareTo(right) > 0;

    public static bool operator <=(AcademicTerm left, AcademicTerm right) => left.CompareTo(right) <= 0;

    public static bool operator >=(AcademicTerm left, AcademicTerm right) => left.CompareTo(right) >= 0;

    private static bool TryParseCode(string? code, out TermCode result)
    {
        (var known, result) = code switch
        {
            "FA" => (true, TermCode.FA),
            "SP" => (true, TermCode.SP),
            "SU" => (true, TermCode.SU),
            _ => (false, default),
        };
        return known;
    }
}
