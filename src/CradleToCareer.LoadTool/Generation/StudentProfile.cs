using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Generation;

/// <summary>
/// Who a synthetic student is; every feed describes this person in its own way. <see cref="Sex"/> is F, M, X, or null
/// for a person none of whose records states one (outcomes.md counts them as <c>unknown</c>).
/// </summary>
public sealed record Person(
    string FirstName,
    string? MiddleName,
    string LastName,
    DateOnly BirthDate,
    string? Sex,
    string StreetAddress,
    string City,
    string PostalCode,
    string? Ssn);

/// <summary>A synthetic student: identifiers in each system, the person, and the traits that shape the journey.</summary>
public sealed record StudentProfile(
    long Index,
    string Ssid,
    string CccId,
    string CsuId,
    string UcId,
    string CsacId,
    string LocalNumber,
    Person Person,
    District District,
    int GraduationYear,
    double Ability,
    bool LowIncome)
{
    public StudentBlock K12Block(District district) => Block([new("ssid", Ssid)], Person with
    {
        City = district.City,
        PostalCode = Person.PostalCode[..3] == district.ZipPrefix ? Person.PostalCode : district.ZipPrefix + Person.PostalCode[3..],
    }, withSsn: false);

    public StudentBlock Block(IReadOnlyList<StudentId> ids, bool withSsn, bool withAddress = true) =>
        Block(ids, Person, withSsn, withAddress);

    private static StudentBlock Block(IReadOnlyList<StudentId> ids, Person p, bool withSsn, bool withAddress = true) =>
        new(ids, p.FirstName, p.MiddleName, p.LastName, p.BirthDate, p.Sex,
            withAddress ? p.StreetAddress : null, withAddress ? p.City : null, withAddress ? p.PostalCode : null,
            withSsn ? p.Ssn : null);
}
