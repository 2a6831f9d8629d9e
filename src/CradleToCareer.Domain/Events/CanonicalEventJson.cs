using System.Buffers;
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

    /// <summary>
    /// The canonical UTF-8 bytes and their content hash, from one serialization: SHA-256 of those bytes, equal for the
    /// same content however it was formatted when sent. Ingest keeps the bytes as they are, for the log and the streams.
    /// </summary>
    public static (byte[] Utf8, byte[] ContentHash) WriteWithHash(SourceEvent e)
    {
        var utf8 = Utf8(e);
        return (utf8.ToArray(), SHA256.HashData(utf8));
    }

    /// <summary>
    /// Reads text written by <see cref="Write"/>; throws <see cref="JsonException"/> for anything else. With a
    /// <paramref name="pool"/>, values it holds already are shared rather than copied.
    /// </summary>
    public static SourceEvent Read(string json, CanonicalValuePool? pool = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return ReadDocument(document, pool);
    }

    /// <summary>Reads the UTF-8 bytes of <see cref="WriteWithHash"/>, as <see cref="Read(string, CanonicalValuePool?)"/> reads text.</summary>
    public static SourceEvent Read(ReadOnlyMemory<byte> utf8, CanonicalValuePool? pool = null)
    {
        using var document = JsonDocument.Parse(utf8);
        return ReadDocument(document, pool);
    }

    private static SourceEvent ReadDocument(JsonDocument document, CanonicalValuePool? pool)
    {
        try
        {
            return CanonicalReader.Read(document.RootElement, pool);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new JsonException("Not a canonical stored event.", ex);
        }
    }

    /// <summary>
    /// The canonical UTF-8 bytes, in a buffer this thread reuses: valid until its next call here, so callers copy out
    /// what they keep before they return.
    /// </summary>
    private static ReadOnlySpan<byte> Utf8(SourceEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(InitialBufferBytes);
        buffer.ResetWrittenCount();
        CanonicalWriter.Write(buffer, e);
        return buffer.WrittenSpan;
    }

    private const int InitialBufferBytes = 4096;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;
}
