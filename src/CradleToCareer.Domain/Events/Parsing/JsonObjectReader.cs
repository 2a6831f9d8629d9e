using System.Text.Json;

namespace CradleToCareer.Domain.Events.Parsing;

/// <summary>
/// Reads the fields of one JSON object at a JSON Pointer <see cref="Path"/>, recording every problem
/// in the shared error list and carrying on, so one bad field never hides the others.
/// A JSON null counts as absent.
/// </summary>
internal sealed class JsonObjectReader(JsonElement value, string path, List<FieldError> errors)
{
    public string Path { get; } = path;

    public string PathOf(string name) => Path + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public void Error(string name, string message) => errors.Add(new FieldError(PathOf(name), message));

    public bool Failed(string name)
    {
        var fieldPath = PathOf(name);
        return errors.Exists(error => error.Path == fieldPath);
    }

    /// <summary>True when the field is there with a value other than null.</summary>
    public bool IsPresent(string name) => TryGet(name, out _);

    /// <summary>True when the field is there with a value other than null or an all-blank string.</summary>
    public bool Has(string name) =>
        TryGet(name, out var field)
        && !(FieldKinds.TryString(field, out var text) && string.IsNullOrWhiteSpace(text));

    /// <summary>
    /// Reads a required field. When it is missing or invalid the error is recorded and <c>default</c> is
    /// returned; the caller's result is then discarded because the error list is not empty.
    /// </summary>
    public T Required<T>(string name, FieldKind<T> kind)
    {
        if (!TryGet(name, out var field))
        {
            Error(name, $"is required: expected {kind.Expected}");
            return default!;
        }

        return Convert(name, field, kind);
    }

    /// <summary>Reads an optional field: false when absent or invalid (an invalid value is recorded).</summary>
    public bool TryOptional<T>(string name, FieldKind<T> kind, out T value)
    {
        value = default!;
        if (!TryGet(name, out var field))
        {
            return false;
        }

        var errorsBefore = errors.Count;
        value = Convert(name, field, kind);
        return errors.Count == errorsBefore;
    }

    /// <summary>Optional free text: absent, null and blank all read as null.</summary>
    public string? OptionalText(string name, int maxLength)
    {
        if (!Has(name))
        {
            return null;
        }

        return TryOptional(name, FieldKinds.Text(maxLength), out var text) ? text : null;
    }

    public JsonObjectReader? RequiredObject(string name)
    {
        if (!TryGet(name, out var field))
        {
            Error(name, "is required: expected a JSON object");
            return null;
        }

        return AsObject(name, field);
    }

    public JsonObjectReader? OptionalObject(string name) =>
        TryGet(name, out var field) ? AsObject(name, field) : null;

    /// <summary>The elements of a required array, each with its own reader when it is an object.</summary>
    public IReadOnlyList<JsonObjectReader?>? RequiredArrayOfObjects(string name)
    {
        if (!TryGet(name, out var field))
        {
            Error(name, "is required: expected a JSON array");
            return null;
        }

        if (field.ValueKind != JsonValueKind.Array)
        {
            Error(name, "must be a JSON array");
            return null;
        }

        var elementPath = PathOf(name);
        return field.EnumerateArray()
            .Select((element, index) => ElementAsObject($"{elementPath}/{index}", element))
            .ToList();
    }

    private JsonObjectReader? ElementAsObject(string elementPath, JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new JsonObjectReader(element, elementPath, errors);
        }

        errors.Add(new FieldError(elementPath, "must be a JSON object"));
        return null;
    }

    private JsonObjectReader? AsObject(string name, JsonElement field)
    {
        if (field.ValueKind == JsonValueKind.Object)
        {
            return new JsonObjectReader(field, PathOf(name), errors);
        }

        Error(name, "must be a JSON object");
        return null;
    }

    private T Convert<T>(string name, JsonElement field, FieldKind<T> kind)
    {
        if (kind.Convert(field, out var converted))
        {
            return converted;
        }

        Error(name, $"must be {kind.Expected}");
        return default!;
    }

    private bool TryGet(string name, out JsonElement field) =>
        value.TryGetProperty(name, out field) && field.ValueKind != JsonValueKind.Null;
}
