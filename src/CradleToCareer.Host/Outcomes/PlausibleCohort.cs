using System.Globalization;
using CradleToCareer.Domain.Outcomes;

namespace CradleToCareer.Host.Outcomes;

/// <summary>
/// A cohort anyone may ask the statewide figures of: a well-formed key whose year lies between 1980 and next year.
/// Each cohort asked for is a grain that gathers every institution's members, so the anonymous route does not let a
/// caller summon thousands of empty ones.
/// </summary>
internal static class PlausibleCohort
{
    public const int FirstYear = 1980;

    public const string Rule =
        "must be graduates:<school year> such as graduates:2024-2025, or entrants:<term> such as entrants:2025-FA, from 1980 to next year";

    public static bool Is(string? cohort, TimeProvider clock) =>
        CohortKinds.TryParse(cohort, out var kind)
        && int.TryParse(cohort.AsSpan(kind.Length + 1, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year >= FirstYear
        && year <= clock.GetUtcNow().Year + 1;
}
