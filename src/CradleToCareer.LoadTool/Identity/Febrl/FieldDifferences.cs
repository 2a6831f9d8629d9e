using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Identity.Febrl;

/// <summary>Where two student blocks, as sent, differ.</summary>
[Flags]
public enum FieldDifference
{
    None = 0,
    GivenName = 1 << 0,
    Surname = 1 << 1,
    SwappedNames = 1 << 2,
    BirthDate = 1 << 3,
    Ssn = 1 << 4,
    Address = 1 << 5,
    Postcode = 1 << 6,
    Suburb = 1 << 7,

    /// <summary>A field one record has and the other lacks (a blank field, or a birth date left out as invalid).</summary>
    BlankField = 1 << 8,
}

/// <summary>
/// Compares two student blocks field by field. A field counts as different only when both have it; one that only one
/// has is <see cref="FieldDifference.BlankField"/>. Given name and surname exchanged count as swapped names alone.
/// </summary>
public static class FieldDifferences
{
    public static readonly (FieldDifference Kind, string Label)[] Labels =
    [
        (FieldDifference.GivenName, "given name"),
        (FieldDifference.Surname, "surname"),
        (FieldDifference.SwappedNames, "given name and surname swapped"),
        (FieldDifference.BirthDate, "birth date"),
        (FieldDifference.Ssn, "SSN"),
        (FieldDifference.Address, "street address"),
        (FieldDifference.Postcode, "postcode"),
        (FieldDifference.Suburb, "suburb (city)"),
        (FieldDifference.BlankField, "a field blank on one record"),
    ];

    public static FieldDifference Between(StudentBlock a, StudentBlock b)
    {
        var swapped = a.FirstName is not null && a.LastName is not null && a.FirstName != a.LastName
            && a.FirstName == b.LastName && a.LastName == b.FirstName;
        var difference = swapped
            ? FieldDifference.SwappedNames
            : Compare(a.FirstName, b.FirstName, FieldDifference.GivenName) | Compare(a.LastName, b.LastName, FieldDifference.Surname);
        return difference
            | Compare(a.BirthDate, b.BirthDate, FieldDifference.BirthDate)
            | Compare(a.Ssn, b.Ssn, FieldDifference.Ssn)
            | Compare(a.StreetAddress, b.StreetAddress, FieldDifference.Address)
            | Compare(a.PostalCode, b.PostalCode, FieldDifference.Postcode)
            | Compare(a.City, b.City, FieldDifference.Suburb);
    }

    private static FieldDifference Compare<T>(T? a, T? b, FieldDifference kind) =>
        (a, b) switch
        {
            (null, null) => FieldDifference.None,
            (null, _) or (_, null) => FieldDifference.BlankField,
            _ => EqualityComparer<T>.Default.Equals(a, b) ? FieldDifference.None : kind,
        };
}
