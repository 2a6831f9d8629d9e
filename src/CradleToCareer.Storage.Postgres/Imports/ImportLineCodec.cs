using System.Buffers.Binary;
using CradleToCareer.Application.Ingest;

namespace CradleToCareer.Storage.Postgres.Imports;

/// <summary>
/// A chunk of import lines as one <c>bytea</c>: per line its number (4 bytes), its length (4 bytes, -1 for a line
/// longer than the limit, kept without its bytes) and its bytes; little-endian.
/// </summary>
internal static class ImportLineCodec
{
    public static byte[] Encode(IReadOnlyList<NdjsonLine> lines)
    {
        var bytes = new byte[lines.Sum(line => 8 + (line.Bytes?.Length ?? 0))];
        var at = 0;
        foreach (var line in lines)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), line.Number);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at + 4), line.Bytes?.Length ?? -1);
            at += 8;
            if (line.Bytes is { } content)
            {
                content.Span.CopyTo(bytes.AsSpan(at));
                at += content.Length;
            }
        }

        return bytes;
    }

    public static IReadOnlyList<NdjsonLine> Decode(byte[] bytes)
    {
        var lines = new List<NdjsonLine>();
        var at = 0;
        while (at < bytes.Length)
        {
            var number = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at + 4));
            at += 8;
            lines.Add(new NdjsonLine(number, length < 0 ? (ReadOnlyMemory<byte>?)null : bytes.AsMemory(at, length)));
            at += Math.Max(length, 0);
        }

        return lines;
    }
}
