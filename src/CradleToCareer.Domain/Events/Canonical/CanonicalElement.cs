using System.Text.Json;

namespace CradleToCareer.Domain.Events.Canonical;

/// <summary>Typed access to an object of the canonical stored form; throws when the form is broken.</summary>
internal readonly struct CanonicalElement(JsonElement element)
{
    public string Text(string name) => element.GetProperty(name).GetString()
        ?? throw new JsonException($"Canonical property '{name}' is null.");

    public string? OptionalText(string name) =>
        element.TryGetProperty(name, out var field) ? field.GetString() : null;

    public DateOnly Date(string name) => CanonicalFormat.ParseDate(Text(name));

    public DateOnly? OptionalDate(string name) =>
        OptionalText(name) is { } text ? CanonicalFormat.ParseDate(text) : null;

    public decimal Number(string name) => element.GetProperty(name).GetDecimal();

    public int WholeNumber(string name) => element.GetProperty(name).GetInt32();

    public bool Boolean(string name) => element.GetProperty(name).GetBoolean();

    public CanonicalElement Object(string name) => new(element.GetProperty(name));

    public CanonicalElement? OptionalObject(string name) =>
        element.TryGetProperty(name, out var field) ? new CanonicalElement(field) : null;

    public IEnumerable<CanonicalElement> Array(string name) =>
        element.GetProperty(name).EnumerateArray().Select(item => new CanonicalElement(item));
}
