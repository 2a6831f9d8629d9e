using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>A student block being written down from a true person, before it gets its id; null fields are missing.</summary>
public sealed class RecordDraft(TruePerson person)
{
    public string? FirstName { get; set; } = person.FirstName;
    public string? LastName { get; set; } = person.LastName;
    public DateOnly? BirthDate { get; set; } = person.BirthDate;
    public string? Sex { get; set; } = person.Sex;
    public HomeAddress Address { get; set; } = person.Address;
    public string? Street { get; set; } = person.Address.Street;
    public string? City { get; set; } = person.Address.City;
    public string? PostalCode { get; set; } = person.Address.PostalCode;
    public string? Ssn { get; set; }
    public CorruptionKinds Kinds { get; set; }

    public void MoveTo(HomeAddress address)
    {
        Address = address;
        Street = address.Street;
        City = address.City;
        PostalCode = address.PostalCode;
    }

    public StudentBlock ToBlock(StudentId id) =>
        new([id], FirstName, null, LastName, BirthDate, Sex, Street, City, PostalCode, Ssn);
}
