namespace CradleToCareer.Domain.Matching;

/// <summary>
/// A field probabilistic matching compares. The numeric value is the field's slot in a
/// <see cref="ComparisonPattern"/>, so the order is part of stored patterns and must not change.
/// </summary>
public enum MatchField
{
    FirstName,
    LastName,
    BirthDate,
    Sex,
    StreetAddress,
    City,
    PostalCode,
    Ssn,
}
