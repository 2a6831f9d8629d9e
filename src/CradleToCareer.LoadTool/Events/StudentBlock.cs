using System.Text.Json;

namespace CradleToCareer.LoadTool.Events;

public sealed record StudentId(string System, string Value);

/// <summary>The <c>data.student</c> block as one source knows the person; null fields are left out.</summary>
public sealed record StudentBlock(
    IReadOnlyList<StudentId> Ids,
    string? FirstName,
    string? MiddleName,
    string? LastName,
    DateOnly? BirthDate,
    string? Sex,
    string? StreetAddress,
    string? City,
    string? PostalCode,
    string? Ssn)
{
    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("student");
        writer.WriteStartArray("ids");
        foreach (var id in Ids)
        {
            writer.WriteStartObject();
            writer.WriteString("system", id.System);
            writer.WriteString("value", id.Value);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        WriteIfPresent(writer, "firstName", FirstName);
        WriteIfPresent(writer, "middleName", MiddleName);
        WriteIfPresent(writer, "lastName", LastName);
        WriteIfPresent(writer, "birthDate", BirthDate?.ToString("yyyy-MM-dd"));
        WriteIfPresent(writer, "sex", Sex);
        WriteIfPresent(writer, "streetAddress", StreetAddress);
        WriteIfPresent(writer, "city", City);
        WriteIfPresent(writer, "postalCode", PostalCode);
        WriteIfPresent(writer, "ssn", Ssn);
        writer.WriteEndObject();
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
