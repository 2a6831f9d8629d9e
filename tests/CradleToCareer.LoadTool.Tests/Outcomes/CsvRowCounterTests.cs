using System.Text;
using CradleToCareer.LoadTool.Outcomes;

namespace CradleToCareer.LoadTool.Tests.Outcomes;

public sealed class CsvRowCounterTests
{
    private const string PersonId = "p_0123456789abcdef0123456789abcdef";

    private static CsvRowCounter Count(string csv, int chunk = 64 * 1024)
    {
        var counter = new CsvRowCounter();
        var bytes = Encoding.UTF8.GetBytes(csv);
        for (var at = 0; at < bytes.Length; at += chunk)
        {
            counter.Feed(bytes.AsSpan(at, Math.Min(chunk, bytes.Length - at)));
        }
        counter.Finish();
        return counter;
    }

    [Theory]
    [InlineData("pseudonym,sex\na1,F\nb2,M\n", 2)]
    [InlineData("pseudonym,sex\r\na1,F\r\nb2,M\r\n", 2)]
    [InlineData("pseudonym,sex\na1,F\nb2,M", 2)]
    [InlineData("pseudonym,sex\n\na1,F\r\n\r\nb2,M\n\n", 2)]
    [InlineData("pseudonym,sex\n", 0)]
    [InlineData("", 0)]
    public void Rows_are_the_records_after_the_header_blank_lines_aside(string csv, long rows)
    {
        var counter = Count(csv);

        Assert.Equal(rows, counter.Rows);
        Assert.Equal(Encoding.UTF8.GetByteCount(csv), counter.Bytes);
    }

    [Fact]
    public void A_line_break_inside_quotes_does_not_end_a_record()
    {
        var csv = "pseudonym,note\na1,\"two\nlines\"\nb2,\"say \"\"hi\"\"\nthere\"\n";

        Assert.Equal(2, Count(csv).Rows);
        Assert.Equal(2, Count(csv, chunk: 1).Rows);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void Chunk_boundaries_change_nothing(int chunk)
    {
        var csv = "pseudonym,cohort\n" + string.Concat(Enumerable.Range(0, 500).Select(i => $"r{i:x8},graduates:2025-2026\r\n"));

        var counter = Count(csv, chunk);

        Assert.Equal(500, counter.Rows);
        Assert.Equal(0, counter.RecordsWithPersonId);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(4096)]
    public void Records_holding_a_person_id_are_counted_wherever_the_chunks_split_it(int chunk)
    {
        var csv = $"pseudonym,cohort\nr1,graduates:2025-2026\n{PersonId},graduates:2025-2026\nr3,\"{PersonId} {PersonId}\"\n";

        Assert.Equal(2, Count(csv, chunk).RecordsWithPersonId);
    }

    [Theory]
    [InlineData("p_0123456789abcdef0123456789abcde")]
    [InlineData("p_0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("gap_0123456789abcdef0123456789abcdef")]
    [InlineData("p-0123456789abcdef0123456789abcdef")]
    public void Near_misses_are_not_person_ids(string value) =>
        Assert.Equal(0, Count($"pseudonym,x\nr1,{value}\n").RecordsWithPersonId);

    [Fact]
    public async Task A_stream_is_counted_to_its_end()
    {
        var csv = "pseudonym\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{i:x16}\n"));
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));

        var counter = await CsvRowCounter.CountAsync(stream, CancellationToken.None);

        Assert.Equal(20_000, counter.Rows);
        Assert.Equal(stream.Length, counter.Bytes);
    }
}
