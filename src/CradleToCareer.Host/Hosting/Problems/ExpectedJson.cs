using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CradleToCareer.Host.Hosting.Problems;

/// <summary>
/// What JSON a route's body type takes at a path, in words for a problem (<c>an array of strings</c>): found by
/// following the path's member names (matched as the web defaults read them, ignoring case) and indexes
/// through the type, so the answer never depends on the value that was sent.
/// </summary>
internal static class ExpectedJson
{
    public static string? At(Type? bodyType, IEnumerable<string> segments)
    {
        var type = bodyType;
        foreach (var segment in segments)
        {
            type = type is null ? null : Inner(type, segment);
        }

        return type is null ? null : Kind(type).One;
    }

    private static Type? Inner(Type type, string segment) =>
        ValueType(type) ?? ItemType(type) ?? type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(property => string.Equals(JsonName(property), segment, StringComparison.OrdinalIgnoreCase))
            ?.PropertyType;

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? property.Name;

    private static (string One, string Many) Kind(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(string) || type == typeof(Uri) => ("a string", "strings"),
            _ when type == typeof(bool) => ("true or false", "booleans"),
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) =>
                ("a date-time string such as 2026-05-02T17:03:11Z", "date-time strings"),
            _ when type == typeof(DateOnly) => ("a date string such as 2026-05-02", "date strings"),
            _ when type == typeof(JsonElement) => ("any JSON value", "JSON values"),
            _ when IsNumber(type) => ("a number", "numbers"),
            _ when ValueType(type) is not null => ("an object", "objects"),
            _ when ItemType(type) is { } item => ("an array of " + Kind(item).Many, "arrays"),
            _ => ("an object", "objects"),
        };
    }

    private static bool IsNumber(Type type) => Type.GetTypeCode(type) is >= TypeCode.SByte and <= TypeCode.Decimal;

    /// <summary>The value type of a dictionary (a JSON object keyed by any name), or null.</summary>
    private static Type? ValueType(Type type) =>
        (Implemented(type, typeof(IReadOnlyDictionary<,>)) ?? Implemented(type, typeof(IDictionary<,>)))?[1];

    /// <summary>The item type of a collection other than a string, or null.</summary>
    private static Type? ItemType(Type type) =>
        type == typeof(string) ? null : Implemented(type, typeof(IEnumerable<>))?[0];

    private static Type[]? Implemented(Type type, Type generic) =>
        (type.IsGenericType && type.GetGenericTypeDefinition() == generic
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == generic))
        ?.GetGenericArguments();
}
