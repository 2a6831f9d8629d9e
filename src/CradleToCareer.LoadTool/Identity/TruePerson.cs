using CradleToCareer.LoadTool.Generation;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>Where a person lives; the district decides the school and the nearby college.</summary>
public sealed record HomeAddress(string Street, string City, string PostalCode, District District);

/// <summary>How a person was built: on their own, or as the twin or namesake of the person built just before.</summary>
public enum Kinship
{
    None,
    Twin,
    Namesake,
}

/// <summary>The truth about one synthetic person, before any source writes it down.</summary>
public sealed record TruePerson(
    int Index, string FirstName, string LastName, string Sex, DateOnly BirthDate, HomeAddress Address, string Ssn, Kinship Kinship)
{
    /// <summary>The fall in which the person starts kindergarten minus five: born 2006-09-02..2007-09-01 gives 2006.</summary>
    public int CohortYear => BirthDate >= new DateOnly(BirthDate.Year, 9, 2) ? BirthDate.Year : BirthDate.Year - 1;
}
