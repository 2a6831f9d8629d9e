namespace CradleToCareer.LoadTool.Imports;

/// <summary>Reads a file on to the upload, counting the bytes and line ends that went by, for the progress line.</summary>
public sealed class CountingReadStream(Stream inner) : Stream
{
    private long _bytes;
    private long _lineEnds;

    public long Bytes => Interlocked.Read(ref _bytes);

    public long LineEnds => Interlocked.Read(ref _lineEnds);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => Bytes;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        return Count(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(ReadOnlySpan<byte> read)
    {
        Interlocked.Add(ref _lineEnds, read.Count((byte)'\n'));
        Interlocked.Add(ref _bytes, read.Length);
        return read.Length;
    }
}
