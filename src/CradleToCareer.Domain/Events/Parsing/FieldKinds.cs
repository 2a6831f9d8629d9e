using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CradleToCareer.Domain.Events.Parsing;

/// <summary>The field kinds of the event contract. No kind's description echoes the submitted value.</summary>
internal static partial class FieldKinds
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    private static readonly ConcurrentDictionary<int, FieldKind<string>> TextKinds = new();

    public static readonly FieldKind<DateOnly> Date = new(
        $"a date YYYY-MM-DD with a year from {MinYear} to {MaxYear}", TryDate);

    public static readonly FieldKind<DateTimeOffset> Timestamp = new(
        "an RFC 3339 date-time, e.g. 2025-06-12T17:00:00Z", TryTimestamp);

    public static readonly FieldKind<bool> Boolean = new("true or false", TryBoolean);

    public static readonly FieldKind<string> SchoolYear = new(
        "a year range YYYY-YYYY whose second year follows the first, e.g. 2024-2025", TrySchoolYear);

    public static readonly FieldKind<string> PostsecondaryTerm = new(
        "a term YYYY-FA, YYYY-SP or YYYY-SU, e.g. 2025-FA", TryPostsecondaryTerm);

    public static readonly FieldKind<string> GradeLevel = OneOf(
        ["KN", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"]);

    public static readonly FieldKind<string> Cip = Pattern(CipShape(), "a CIP code of 2 digits, a dot and 4 digits, e.g. 11.0701");

    public static readonly FieldKind<string> Naics = Pattern(NaicsShape(), "a NAICS code of 2 to 6 digits");

    private static readonly FieldKind<string> CdsId = Pattern(CdsShape(), "a K-12 school id cds:<14 digits>");

    private static readonly FieldKind<string> IpedsId = Pattern(IpedsShape(), "a college id ipeds:<6 digits>");

    private static readonly FieldKind<string> CdsOrIpedsId = Pattern(CdsOrIpedsShape(), "an institution id cds:<14 digits> or ipeds:<6 digits>");

    public static readonly FieldKind<string> MediaType = new(
        "application/json", (JsonElement element, out string value) =>
            TryString(element, out value) && IsJsonMediaType(value));

    public static readonly FieldKind<char> AgCategory = new(
        $"one of {string.Join(", ", Vocabulary.AgCategories)}, or null",
        (JsonElement element, out char value) =>
        {
            var ok = TryString(element, out var text) && Vocabulary.AgCategories.Contains(text);
            value = ok ? text[0] : default;
            return ok;
        });

    public static readonly FieldKind<string> IdentifierSystem = new(
        $"one of {string.Join(", ", Vocabulary.IdentifierSystems)}, or {Vocabulary.LocalSystemPrefix}<org-id>",
        (JsonElement element, out string value) => TryString(element, out value) && IsIdentifierSystem(value));

    /// <summary>A non-empty string of at most <paramref name="maxLength"/> characters; one kind per length, made once.</summary>
    public static FieldKind<string> Text(int maxLength) => TextKinds.GetOrAdd(maxLength, static length => new(
        $"a non-empty string of at most {length} characters",
        (JsonElement element, out string value) =>
            TryString(element, out value) && !string.IsNullOrWhiteSpace(value) && value.Length <= length));

    public static FieldKind<string> AbsoluteUri(int maxLength) => new(
        $"an absolute URI or URN of at most {maxLength} characters, e.g. urn:c2c:source:lea:1964733",
        (JsonElement element, out string value) =>
            TryString(element, out value) && value.Length <= maxLength && Uri.TryCreate(value, UriKind.Absolute, out _));

    public static FieldKind<string> Exactly(string expected) => new(
        $"\"{expected}\"",
        (JsonElement element, out string value) => TryString(element, out value) && value == expected);

    public static FieldKind<string> OneOf(IReadOnlyCollection<string> allowed) => new(
        $"one of {string.Join(", ", allowed)}",
        (JsonElement element, out string value) => TryString(element, out value) && allowed.Contains(value));

    public static FieldKind<string> Pattern(Regex shape, string expected) => new(
        expected,
        (JsonElement element, out string value) => TryString(element, out value) && shape.IsMatch(value));

    public static FieldKind<string> InstitutionId(InstitutionIdKinds allowed) => allowed switch
    {
        InstitutionIdKinds.Cds => CdsId,
        InstitutionIdKinds.Ipeds => IpedsId,
        _ => CdsOrIpedsId,
    };

    /// <summary>A JSON number from 0 to <paramref name="max"/> (strings are refused).</summary>
    public static FieldKind<decimal> Amount(decimal max) => new(
        $"a JSON number from 0 to {max.ToString("#,0", CultureInfo.InvariantCulture)}",
        (JsonElement element, out decimal value) =>
        {
            var ok = TryNumber(element, out var number) && number >= 0 && number <= max;
            value = ok && number != 0 ? number : 0m;
            return ok;
        });

    /// <summary>A JSON number with no fractional part, from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static FieldKind<int> WholeNumber(int min, int max) => new(
        $"a whole JSON number from {min} to {max}",
        (JsonElement element, out int value) =>
        {
            var ok = TryNumber(element, out var number) && decimal.IsInteger(number) && number >= min && number <= max;
            value = ok ? (int)number : default;
            return ok;
        });

    /// <summary>Reads a JSON string; false for other kinds and for text that is not valid UTF-16.</summary>
    public static bool TryString(JsonElement element, out string value)
    {
        value = string.Empty;
        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        try
        {
            value = element.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>One of <see cref="Vocabulary.IdentifierSystems"/>, or <c>local:</c> and an org id.</summary>
    public static bool IsIdentifierSystem(string system) =>
        Vocabulary.IdentifierSystems.Contains(system) || IsLocalSystem(system);

    /// <summary>Reads text in the form <see cref="Date"/> describes.</summary>
    public static bool TryDate(string text, out DateOnly value)
    {
        value = default;
        return DateShape().IsMatch(text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
            && value.Year is >= MinYear and <= MaxYear;
    }

    private static bool TryNumber(JsonElement element, out decimal number)
    {
        number = default;
        return element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out number);
    }

    private static bool TryDate(JsonElement element, out DateOnly value)
    {
        value = default;
        return TryString(element, out var text) && TryDate(text, out value);
    }

    private static bool TryTimestamp(JsonElement element, out DateTimeOffset value)
    {
        value = default;
        if (!TryString(element, out var text) || !TimestampShape().IsMatch(text))
        {
            return false;
        }

        var parsed = DateTimeOffset.TryParse(
            text.ToUpperInvariant(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var timestamp);
        value = timestamp.ToUniversalTime();
        return parsed;
    }

    private static bool TryBoolean(JsonElement element, out bool value)
    {
        value = element.ValueKind == JsonValueKind.True;
        return element.ValueKind is JsonValueKind.True or JsonValueKind.False;
    }

    private static bool TrySchoolYear(JsonElement element, out string value)
    {
        if (!TryString(element, out value))
        {
            return false;
        }

        if (!YearRangeShape().IsMatch(value))
        {
            return false;
        }

        // The shape fixes where the two years are: YYYY-YYYY.
        var first = int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var second = int.Parse(value.AsSpan(5, 4), CultureInfo.InvariantCulture);
        return second == first + 1 && first >= MinYear && second <= MaxYear;
    }

    private static bool TryPostsecondaryTerm(JsonElement element, out string value)
    {
        if (!TryString(element, out value))
        {
            return false;
        }

        // The shape fixes where the year is: YYYY-FA.
        return PostsecondaryTermShape().IsMatch(value)
            && int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture) is >= MinYear and <= MaxYear;
    }

    private static bool IsLocalSystem(string system) =>
        system.StartsWith(Vocabulary.LocalSystemPrefix, StringComparison.Ordinal)
        && LocalOrgIdShape().IsMatch(system[Vocabulary.LocalSystemPrefix.Length..]);

    private static bool IsJsonMediaType(string mediaType)
    {
        var essence = mediaType.Split(';', 2)[0].Trim();
        return essence.Equals("application/json", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex DateShape();

    [GeneratedRegex(@"\A[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampShape();

    [GeneratedRegex(@"\A[0-9]{4}-[0-9]{4}\z", RegexOptions.CultureInvariant)]
    private static partial Regex YearRangeShape();

    [GeneratedRegex(@"\A[0-9]{4}-(?:FA|SP|SU)\z", RegexOptions.CultureInvariant)]
    private static partial Regex PostsecondaryTermShape();

    [GeneratedRegex(@"\A[0-9]{2}\.[0-9]{4}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CipShape();

    [GeneratedRegex(@"\A[0-9]{2,6}\z", RegexOptions.CultureInvariant)]
    private static partial Regex NaicsShape();

    [GeneratedRegex(@"\Acds:[0-9]{14}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CdsShape();

    [GeneratedRegex(@"\Aipeds:[0-9]{6}\z", RegexOptions.CultureInvariant)]
    private static partial Regex IpedsShape();

    [GeneratedRegex(@"\A(cds:[0-9]{14}|ipeds:[0-9]{6})\z", RegexOptions.CultureInvariant)]
    private static partial Regex CdsOrIpedsShape();

    /// <summary>An org id: 1 to 120 printable characters without spaces (line breaks would break token domain separation).</summary>
    [GeneratedRegex(@"\A[\x21-\x7E]{1,120}\z", RegexOptions.CultureInvariant)]
    private static partial Regex LocalOrgIdShape();
}
