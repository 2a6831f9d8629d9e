using System.Text;
using CradleToCareer.Application.Imports;
using CradleToCareer.Application.Ingest;

namespace CradleToCareer.Application.Tests.Imports;

/// <summary>Uploaded lines rest sealed: nothing of their text shows, and a sealed line opens only as its own job's line.</summary>
public sealed class ImportLineSealerTests
{
    private const string Ssn = "612-34-5678";
    private static readonly byte[] Key = [.. Enumerable.Range(7, 32).Select(i => (byte)i)];
    private static readonly ImportLineSealer Sealer = new(Key);

    [Fact]
    public void A_sealed_line_shows_nothing_of_its_text_and_opens_to_it_again()
    {
        NdjsonLine[] lines = [Line(3, $"{{\"ssn\":\"{Ssn}\"}}"), new NdjsonLine(4, null)];

        var @sealed = Sealer.Seal("imp_a", lines);

        Assert.DoesNotContain("612", Encoding.Latin1.GetString(@sealed[0].Bytes!.Value.Span), StringComparison.Ordinal);
        Assert.Null(@sealed[1].Bytes);
        Assert.True(Sealer.TryOpen("imp_a", @sealed, out var opened));
        Assert.Equal($"{{\"ssn\":\"{Ssn}\"}}", Encoding.UTF8.GetString(opened[0].Bytes!.Value.Span));
        Assert.Equal((4, (ReadOnlyMemory<byte>?)null), (opened[1].Number, opened[1].Bytes));
    }

    [Fact]
    public void A_sealed_line_does_not_open_as_another_jobs_line_another_line_or_under_another_key()
    {
        var @sealed = Sealer.Seal("imp_a", [Line(3, "{}")]);

        Assert.False(Sealer.TryOpen("imp_b", @sealed, out _));
        Assert.False(Sealer.TryOpen("imp_a", [@sealed[0] with { Number = 4 }], out _));
        Assert.False(new ImportLineSealer([.. Key.Reverse()]).TryOpen("imp_a", @sealed, out _));
    }

    private static NdjsonLine Line(int number, string text) => new(number, Encoding.UTF8.GetBytes(text));
}
