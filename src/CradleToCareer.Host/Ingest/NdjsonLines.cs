using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using CradleToCareer.Application.Ingest;

namespace CradleToCareer.Host.Ingest;

/// <summary>
/// Splits an NDJSON body into lines as it streams in, skipping blank lines. A UTF-8 byte order mark at the
/// start of the body is not part of line 1.
/// </summary>
public static class NdjsonLines
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static async IAsyncEnumerable<NdjsonLine> ReadAsync(
        PipeReader reader, int maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var number = 0;
        var skippingLongLine = false;
        var atStart = true;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (atStart)
            {
                if (buffer.Length < ByteOrderMark.Length && !read.IsCompleted)
                {
                    reader.AdvanceTo(buffer.Start, buffer.End);
                    continue;
                }

                atStart = false;
                buffer = StartsWithByteOrderMark(buffer) ? buffer.Slice(ByteOrderMark.Length) : buffer;
            }

            var lines = new List<NdjsonLine>();
            while (buffer.PositionOf((byte)'\n') is { } end)
            {
                var line = buffer.Slice(0, end);
                buffer = buffer.Slice(buffer.GetPosition(1, end));
                number++;
                if (skippingLongLine)
                {
                    skippingLongLine = false;
                    lines.Add(new NdjsonLine(number, null));
                }
                else if (!IsBlank(line))
                {
                    lines.Add(new NdjsonLine(number, line.Length > maxLineBytes ? null : line.ToArray()));
                }
            }

            if (!read.IsCompleted && buffer.Length > maxLineBytes)
            {
                skippingLongLine = true;
                buffer = buffer.Slice(buffer.End);
            }

            if (read.IsCompleted && (skippingLongLine || !IsBlank(buffer)))
            {
                number++;
                lines.Add(new NdjsonLine(number, skippingLongLine || buffer.Length > maxLineBytes ? null : buffer.ToArray()));
                buffer = buffer.Slice(buffer.End);
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
            foreach (var line in lines)
            {
                yield return line;
            }

            if (read.IsCompleted)
            {
                yield break;
            }
        }
    }

    private static bool StartsWithByteOrderMark(ReadOnlySequence<byte> buffer)
    {
        if (buffer.Length < ByteOrderMark.Length)
        {
            return false;
        }

        Span<byte> start = stackalloc byte[3];
        buffer.Slice(0, start.Length).CopyTo(start);
        return start.SequenceEqual(ByteOrderMark);
    }

    private static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
