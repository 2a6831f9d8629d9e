using System.Text.Json;

namespace CradleToCareer.Domain.Events.Parsing;

internal delegate bool TryConvert<T>(JsonElement element, out T value);

/// <summary>How to read one kind of field, and what to tell the sender when it is wrong.</summary>
/// <param name="Expected">What a valid value looks like, e.g. "a date YYYY-MM-DD".</param>
internal sealed record FieldKind<T>(string Expected, TryConvert<T> Convert);
