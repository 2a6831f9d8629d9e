using System.Text.Json;

namespace CradleToCareer.Application.Identity;

/// <summary>Enough for a steward to recognise a person without disclosing them: initials, birth year, sex, identifier systems.</summary>
public sealed record MaskedPerson(
    string PersonId, string? FirstName, string? LastName, string? BirthDate, string? Sex, IReadOnlyList<string> IdentifierSystems)
{
    /// <param name="profileJson">The person's profile object as UTF-8 JSON; null when no event names the person.</param>
    public static MaskedPerson Of(string personId, byte[]? profileJson)
    {
        if (profileJson is null)
        {
            return new MaskedPerson(personId, null, null, null, null, []);
        }

        using var document = JsonDocument.Parse(profileJson);
        if (!document.RootElement.TryGetProperty("student", out var student))
        {
            return new MaskedPerson(personId, null, null, null, null, []);
        }

        return new MaskedPerson(
            personId,
            Initial(student, "firstName"),
            Initial(student, "lastName"),
            Text(student, "birthDate") is { Length: >= 4 } date ? date[..4] + "-**-**" : null,
            Text(student, "sex"),
            student.TryGetProperty("ids", out var ids) && ids.ValueKind == JsonValueKind.Array
                ? [.. ids.EnumerateArray().Select(id => Text(id, "system")).OfType<string>().Distinct(StringComparer.Ordinal)]
                : []);
    }

    private static string? Initial(JsonElement student, string name) =>
        Text(student, name) is { Length: > 0 } value ? value[..1] + "***" : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
