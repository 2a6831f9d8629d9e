using System.Runtime.InteropServices;
using System.Text.Json;

namespace CradleToCareer.Domain.Events.Canonical;

/// <summary>
/// Typed access to an object of the canonical stored form; throws when the form is broken. Texts come from the pool
/// when one is given.
/// </summary>
internal readonly struct CanonicalElement(JsonElement element, CanonicalValuePool? pool)
{
    public CanonicalValuePool? Pool => pool;

    /// <summary>The object's bytes as stored (UTF-8 JSON), with nothing decoded.</summary>
    public ReadOnlySpan<byte> StoredForm => JsonMarshal.GetRawUtf8Value(element);

    public string Text(string name) => Shared(UniqueText(name));

    public string? OptionalText(string name) => OptionalUniqueText(name) is { } text ? Shared(text) : null;

    /// <summary>A text no other event repeats (an event id) or one that is parsed and dropped: not worth a place in the pool.</summary>
    public string UniqueText(string name) =>
        element.GetProperty(name).GetString() ?? throw new JsonException($"Canonical property '{name}' is null.");

    public string? OptionalUniqueText(string name) => element.TryGetProperty(name, out var field) ? field.GetString() : null;

    public DateOnly Date(string name) => CanonicalFormat.ParseDate(UniqueText(name));

    public DateOnly? OptionalDate(string name) =>
        OptionalUniqueText(name) is { } text ? CanonicalFormat.ParseDate(text) : null;

    public decimal Number(string name) => element.GetProperty(name).GetDecimal();

    public int WholeNumber(string name) => element.GetProperty(name).GetInt32();

    public bool Boolean(string name) => element.GetProperty(name).GetBoolean();

    public CanonicalElement Object(string name) => new(element.GetProperty(name), pool);

    public CanonicalElement? OptionalObject(string name) =>
        element.TryGetProperty(name, out var field) ? new CanonicalElement(field, pool) : null;

    public IEnumerable<CanonicalElement> Array(string name)
    {
        var shared = pool;
        return element.GetProperty(name).EnumerateArray().Select(item => new CanonicalElement(item, shared));
    }

    private string Shared(string text) => pool?.Text(text) ?? text;
}
