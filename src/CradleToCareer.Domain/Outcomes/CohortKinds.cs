using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Outcomes;

/// <summary>
/// The two cohort kinds of outcomes.md and their keys: <c>graduates:&lt;schoolYear&gt;</c> (e.g. graduates:2024-2025)
/// for a K-12 school's standard-diploma graduates and <c>entrants:&lt;term&gt;</c> (e.g. entrants:2025-FA) for a
/// college's first-time entrants.
/// </summary>
public static class CohortKinds
{
    public const string Graduates = "graduates";
    public const string Entrants = "entrants";

    public static string GraduatesOf(string schoolYear) => $"{Graduates}:{schoolYear}";

    public static string EntrantsOf(string term) => $"{Entrants}:{term}";

    /// <summary>True when <paramref name="cohort"/> is a well-formed key; <paramref name="kind"/> is its kind.</summary>
    public static bool TryParse(string? cohort, out string kind)
    {
        kind = "";
        var colon = cohort?.IndexOf(':') ?? -1;
        if (cohort is null || colon < 0)
        {
            return false;
        }

        var (head, period) = (cohort[..colon], cohort[(colon + 1)..]);
        var known = head switch
        {
            Graduates => SchoolYear.TryParseStart(period, out _),
            Entrants => AcademicTerm.TryParsePostsecondary(period, out _),
            _ => false,
        };
        kind = known ? head : "";
        return known;
    }

    /// <summary>The institution ids a kind's cohorts belong to: K-12 schools (cds:) for graduates, colleges (ipeds:) for entrants.</summary>
    public static string InstitutionIdPrefix(string kind) => kind == Graduates ? "cds:" : "ipeds:";
}
