using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;

namespace CradleToCareer.Host.Ingest;

/// <summary>One line of an NDJSON body: its bytes, or null when it was longer than the line limit.</summary>
public readonly record struct NdjsonLine(int Number, ReadOnlyMemory<byte>? Bytes);

/// <summary>Splits an NDJSON body into lines as it streams in, skipping blank lines.</summary>
public static class NdjsonLines
{
    public static async IAsyncEnumerable<NdjsonLine> ReadAsync(
        PipeReader reader, int maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var number = 0;
        var skippingLongLine = false;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
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
