using Microsoft.Net.Http.Headers;

namespace CradleToCareer.Host.Exchange;

/// <summary>What a body's <c>Content-Type</c> says it is.</summary>
public enum BodyKind
{
    Json,
    Xml,
    Other,
}

/// <summary>JSON (<c>application/json</c> or any <c>+json</c>) or XML (<c>application/xml</c>, <c>text/xml</c> or any <c>+xml</c>).</summary>
public static class BodyKinds
{
    public static BodyKind Of(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) || parsed.MediaType.Value?.ToLowerInvariant() is not { } type)
        {
            return BodyKind.Other;
        }

        return type switch
        {
            "application/json" => BodyKind.Json,
            "application/xml" or "text/xml" => BodyKind.Xml,
            _ when type.EndsWith("+json", StringComparison.Ordinal) => BodyKind.Json,
            _ when type.EndsWith("+xml", StringComparison.Ordinal) => BodyKind.Xml,
            _ => BodyKind.Other,
        };
    }
}
