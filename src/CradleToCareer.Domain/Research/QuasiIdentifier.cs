using System.Globalization;
using CradleToCareer.Domain.Outcomes;

namespace CradleToCareer.Domain.Research;

/// <summary>
/// What an extract row says that someone who knows a person could recognize them by: birth year (null when the
/// records give none), sex cell, cohort and institution. k-anonymity is judged on these.
/// </summary>
public readonly record struct QuasiIdentifier(int? BirthYear, string Sex, string Cohort, string InstitutionId)
{
    public static QuasiIdentifier Of(CohortMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new QuasiIdentifier(member.Traits.BirthYear, member.Sex, member.Cohort, member.InstitutionId);
    }
}

/// <summary>
/// A combination of values as an extract shows it: the <c>birth_year</c> cell (a year, a 5-year band or empty), sex,
/// cohort and institution. Every such combination in a finished extract describes at least <see cref="KAnonymity.K"/>
/// rows.
/// </summary>
public readonly record struct ExtractGroup(string BirthYear, string Sex, string Cohort, string InstitutionId);

/// <summary>What k-anonymity does with a row: write it as it is, write it with its birth year banded, or leave it out.</summary>
public enum RowFate
{
    Keep,
    Generalize,
    Drop,
}

/// <summary>The fate of the rows of one quasi-identifier, and the band they are written with when generalized.</summary>
public readonly record struct RowDecision(RowFate Fate, string? BirthYearBand)
{
    public static RowDecision Keep { get; } = new(RowFate.Keep, null);

    public static RowDecision Drop { get; } = new(RowFate.Drop, null);

    public static RowDecision Generalize(string band) => new(RowFate.Generalize, band);

    /// <summary>The <c>birth_year</c> cell of a written row: the band when generalized, else the year (empty when unknown).</summary>
    public string BirthYearCell(int? birthYear) =>
        BirthYearBand ?? birthYear?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>The combination a written row with this key shows in the extract.</summary>
    public ExtractGroup GroupOf(QuasiIdentifier key) => new(BirthYearCell(key.BirthYear), key.Sex, key.Cohort, key.InstitutionId);
}
