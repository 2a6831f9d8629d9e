namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// Counts the records of a CSV file fed to it chunk by chunk, never holding more than a chunk: a record ends at a line
/// break outside double quotes (a quoted field may hold one), and blank lines are not records. The first record is the
/// header; <see cref="Rows"/> are the others. It also counts the records holding a person id: <c>p_</c> and 32
/// lowercase hex digits, not preceded by a letter, digit or underscore (the service's person ids, which an extract
/// must never contain).
/// </summary>
public sealed class CsvRowCounter
{
    private const int PersonIdHexDigits = 32;

    private bool _inQuotes;
    private bool _recordHasContent;
    private bool _recordHasPersonId;
    private byte _previous = (byte)'\n';

    /// <summary>0: nothing; 1: a "p" at a word start; 2: "p_"; 3 + k: "p_" and k hex digits.</summary>
    private int _match;

    public long Records { get; private set; }
    public long Bytes { get; private set; }
    public long RecordsWithPersonId { get; private set; }

    /// <summary>Records after the header.</summary>
    public long Rows => Math.Max(0, Records - 1);

    public void Feed(ReadOnlySpan<byte> chunk)
    {
        Bytes += chunk.Length;
        foreach (var b in chunk)
        {
            if (b == (byte)'"')
            {
                _inQuotes = !_inQuotes;
            }
            if (b == (byte)'\n' && !_inQuotes)
            {
                EndRecord();
            }
            else if (b != (byte)'\r')
            {
                _recordHasContent = true;
            }
            Track(b);
            _previous = b;
        }
    }

    /// <summary>Counts a last record that has no line break after it.</summary>
    public void Finish() => EndRecord();

    /// <summary>Reads <paramref name="stream"/> to its end in 64 KiB chunks.</summary>
    public static async Task<CsvRowCounter> CountAsync(Stream stream, CancellationToken ct)
    {
        var counter = new CsvRowCounter();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(buffer, ct)) > 0)
        {
            counter.Feed(buffer.AsSpan(0, read));
        }
        counter.Finish();
        return counter;
    }

    private void EndRecord()
    {
        if (_recordHasContent)
        {
            Records++;
            RecordsWithPersonId += _recordHasPersonId ? 1 : 0;
        }
        _recordHasContent = false;
        _recordHasPersonId = false;
        _match = 0;
    }

    private void Track(byte b)
    {
        _match = _match switch
        {
            _ when b == (byte)'p' && !IsWordByte(_previous) => 1,
            1 when b == (byte)'_' => 2,
            >= 2 when IsLowerHex(b) => _match + 1,
            _ => 0,
        };
        if (_match == 2 + PersonIdHexDigits)
        {
            _recordHasPersonId = true;
            _match = 0;
        }
    }

    private static bool IsWordByte(byte b) => b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'_';

    private static bool IsLowerHex(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f');
}
