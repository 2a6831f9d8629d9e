namespace CradleToCareer.Domain.Events;

/// <summary>
/// The identity of an event for ever: its CloudEvents <c>source</c> and <c>id</c>.
/// </summary>
public sealed record EventKey(string Source, string Id)
{
    public override string ToString() => $"{Source}#{Id}";
}

/// <summary>
/// One validated event from a source system. The raw SSN never reaches this type:
/// the parser turns it into <see cref="StudentBlock.SsnToken"/> on arrival.
/// </summary>
public sealed record SourceEvent(
    EventKey Key,
    string Type,
    DateTimeOffset? Time,
    StudentBlock Student,
    EventBody Body);

/// <summary>An identifier a source knows the person by, e.g. <c>ssid</c> or <c>local:cds:…</c>.</summary>
public sealed record StudentIdentifier(string System, string Value);

/// <summary>The <c>data.student</c> block, with the SSN already replaced by its keyed token.</summary>
/// <param name="SsnNearTokens">
/// The SSN's eight keyed near tokens (<see cref="ISsnTokenizer.NearTokens"/>), for matching an SSN with a typo.
/// Made by the parser alongside <paramref name="SsnToken"/> and used by matching only: they are not part of the
/// canonical stored form (so not of the content hash), and a block read back from the event log has none.
/// </param>
public sealed record StudentBlock(
    IReadOnlyList<StudentIdentifier> Ids,
    string? FirstName = null,
    string? MiddleName = null,
    string? LastName = null,
    DateOnly? BirthDate = null,
    string? Sex = null,
    string? StreetAddress = null,
    string? City = null,
    string? PostalCode = null,
    string? SsnToken = null,
    IReadOnlyList<string>? SsnNearTokens = null);

/// <summary>The institution block: <c>cds:&lt;14 digits&gt;</c> or <c>ipeds:&lt;6 digits&gt;</c>.</summary>
public sealed record InstitutionRef(string Id, string? Name = null, string? Kind = null);

/// <summary>An employer as wage records carry it: a hashed id and an optional NAICS code.</summary>
public sealed record EmployerRef(string IdHash, string? Naics);
