using System.Text.Json;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Domain.Events.Parsing;

/// <summary>Reads <c>data.student</c>; the SSN becomes its token and near tokens here and goes no further.</summary>
internal static class StudentParser
{
    /// <summary>Yields the SSN's 9 digits; its description never contains the submitted value.</summary>
    private static readonly FieldKind<string> Ssn = new(
        "9 digits, optionally written 3-2-4 with dashes",
        (JsonElement element, out string digits) =>
        {
            digits = FieldKinds.TryString(element, out var text) ? SsnFormat.Normalize(text) ?? string.Empty : string.Empty;
            return digits.Length > 0;
        });

    /// <summary>What <see cref="FitsSystem"/> asks of a value, for error messages.</summary>
    public const string SsidValueRule = "must be exactly 10 digits for system ssid";

    /// <summary>False for an ssid that is not exactly 10 digits; every other system takes any value.</summary>
    public static bool FitsSystem(string system, string value) =>
        system != Vocabulary.StatewideStudentIdSystem || IsTenDigits(value);

    public static StudentBlock? Parse(JsonObjectReader data, ISsnTokenizer tokenizer)
    {
        var student = data.RequiredObject("student");
        return student is null ? null : ParseBlock(student, tokenizer);
    }

    /// <summary>Reads a student block on its own (as <c>POST /v1/students:resolve</c> receives it).</summary>
    public static StudentBlock ParseBlock(JsonObjectReader student, ISsnTokenizer tokenizer)
    {
        var idElements = student.IsPresent("ids") ? student.RequiredArrayOfObjects("ids") : [];
        var ids = (idElements ?? []).OfType<JsonObjectReader>().Select(ReadIdentifier).ToList();
        if (idElements is { Count: 0 } && !HasNameAndBirthDate(student))
        {
            student.Error("ids", "is required: expected at least one identifier, unless firstName, lastName and birthDate are all given");
        }

        var (ssnToken, ssnNearTokens) = TokenizeSsn(student, tokenizer);
        return new StudentBlock(
            ids,
            FirstName: student.OptionalText("firstName", FieldLimits.PersonText),
            MiddleName: student.OptionalText("middleName", FieldLimits.PersonText),
            LastName: student.OptionalText("lastName", FieldLimits.PersonText),
            BirthDate: student.TryOptional("birthDate", FieldKinds.Date, out var birthDate) ? birthDate : null,
            Sex: student.OptionalText("sex", FieldLimits.PersonText),
            StreetAddress: student.OptionalText("streetAddress", FieldLimits.PersonText),
            City: student.OptionalText("city", FieldLimits.PersonText),
            PostalCode: student.OptionalText("postalCode", FieldLimits.PersonText),
            SsnToken: ssnToken,
            SsnNearTokens: ssnNearTokens);
    }

    private static StudentIdentifier ReadIdentifier(JsonObjectReader id)
    {
        var system = id.Required("system", FieldKinds.IdentifierSystem);
        var value = id.Required("value", FieldKinds.Text(FieldLimits.IdentifierValue));
        if (!id.Failed("value") && !FitsSystem(system, value))
        {
            id.Error("value", SsidValueRule);
        }

        return new StudentIdentifier(system, value);
    }

    /// <summary>Fields that are present count here even if invalid; their own errors say what is wrong.</summary>
    private static bool HasNameAndBirthDate(JsonObjectReader student) =>
        student.Has("firstName") && student.Has("lastName") && student.Has("birthDate");

    private static (string? Token, IReadOnlyList<string>? NearTokens) TokenizeSsn(JsonObjectReader student, ISsnTokenizer tokenizer) =>
        student.Has("ssn") && student.TryOptional("ssn", Ssn, out var digits)
            ? (tokenizer.Tokenize(digits), tokenizer.NearTokens(digits))
            : (null, null);

    private static bool IsTenDigits(string value) => value.Length == 10 && value.All(char.IsAsciiDigit);
}
