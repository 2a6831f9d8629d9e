using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CradleToCareer.Domain.Events.Canonical;

namespace CradleToCareer.Domain.Events;

/// <summary>
/// Our own stored form of a validated event: a CloudEvents-shaped JSON object whose student block carries
/// <c>ssnToken</c>, never an SSN. Deterministic: the same event always gives byte-identical text.
/// </summary>
public static class CanonicalEventJson
{
    public static string Write(SourceEvent e) => Encoding.UTF8.GetString(Utf8(e));

    /// <summary>Reads text written by <see cref="Write"/>; throws <see cref="JsonException"/> for anything else.</summary>
    public static SourceEvent Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return CanonicalReader.Read(document.RootElement);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new JsonException("Not a canonical stored event.", ex);
        }
    }

    /// <summary>SHA-256 of the canonical UTF-8 bytes: equal for the same content however it was formatted when sent.</summary>
    public static byte[] ContentHash(SourceEvent e) => SHA256.HashData(Utf8(e));

    private static byte[] Utf8(SourceEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        using var buffer = new MemoryStream();
        CanonicalWriter.Write(buffer, e);
        return buffer.ToArray();
    }
}
