using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace CradleToCareer.LoadTool.Views;

/// <summary>
/// Whether an issued transcript is what it claims to be (api.md, Views: Transcript). Each check returns null when the
/// body is fine, otherwise a short reason that becomes a failure count of its own.
/// </summary>
public static class TranscriptCheck
{
    /// <summary>The byte length of an ES256 signature: R and S, 32 bytes each.</summary>
    public const int Es256SignatureBytes = 64;

    /// <summary>A JSON object with a transcriptId; <paramref name="courses"/> counts its K-12 and postsecondary course lines.</summary>
    public static string? Json(ReadOnlySpan<byte> body, out int courses)
    {
        courses = 0;
        using var document = Parse(body);
        if (document is null || document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return "body is not a JSON object";
        }
        if (!HasText(document.RootElement, "transcriptId"))
        {
            return "no transcriptId";
        }
        courses = CourseLines(document.RootElement, "k12") + CourseLines(document.RootElement, "postsecondary");
        return null;
    }

    /// <summary>A compact JWS: three base64url parts; an ES256 header with a kid; a payload with a transcriptId; a 64-byte signature.</summary>
    public static string? Jws(ReadOnlySpan<byte> body)
    {
        var parts = Encoding.UTF8.GetString(body).Trim().Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            return "not three non-empty dot-separated parts";
        }
        using var header = Parse(Decode(parts[0]));
        if (header is null || header.RootElement.ValueKind != JsonValueKind.Object)
        {
            return "header is not base64url JSON";
        }
        if (!HasText(header.RootElement, "kid"))
        {
            return "header has no kid";
        }
        if (!header.RootElement.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() != "ES256")
        {
            return "header alg is not ES256";
        }
        using var payload = Parse(Decode(parts[1]));
        if (payload is null || payload.RootElement.ValueKind != JsonValueKind.Object || !HasText(payload.RootElement, "transcriptId"))
        {
            return "payload is not a transcript with a transcriptId";
        }
        return Decode(parts[2]).Length == Es256SignatureBytes ? null : "signature is not 64 base64url bytes";
    }

    /// <summary>The answer's media type is the one asked for (parameters such as charset aside).</summary>
    public static string? MediaType(string? answered, string asked) =>
        string.Equals(answered, asked, StringComparison.OrdinalIgnoreCase) ? null : $"Content-Type {answered ?? "missing"}";

    private static int CourseLines(JsonElement transcript, string section) =>
        transcript.TryGetProperty(section, out var part) && part.ValueKind == JsonValueKind.Object
        && part.TryGetProperty("courses", out var courses) && courses.ValueKind == JsonValueKind.Array
            ? courses.GetArrayLength()
            : 0;

    private static bool HasText(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0;

    private static JsonDocument? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            return JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The decoded bytes, or none when the text is not base64url.</summary>
    private static byte[] Decode(string part)
    {
        try
        {
            return Base64Url.DecodeFromChars(part);
        }
        catch (FormatException)
        {
            return [];
        }
    }
}
