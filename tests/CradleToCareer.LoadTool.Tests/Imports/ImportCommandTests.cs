using System.Text;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Imports;

namespace CradleToCareer.LoadTool.Tests.Imports;

public sealed class ImportCommandTests
{
    [Fact]
    public void Options_need_an_existing_file_and_refuse_unknown_ones()
    {
        var file = Path.GetTempFileName();
        try
        {
            var options = ImportCommandOptions.From(CommandLine.Parse(["import", "--file", file, "--results", "out.ndjson", "--token", "t"]));

            Assert.Equal(new Uri("http://127.0.0.1:5080"), options.Url);
            Assert.Equal((file, "out.ndjson", "t"), (options.File, options.Results, options.Auth.Token));
            Assert.Equal(TimeSpan.FromSeconds(60), options.Timeout);
            Assert.Throws<ToolException>(() => ImportCommandOptions.From(CommandLine.Parse(["import"])));
            Assert.Throws<ToolException>(() => ImportCommandOptions.From(CommandLine.Parse(["import", "--file", file + ".missing"])));
            Assert.Throws<ToolException>(() => ImportCommandOptions.From(CommandLine.Parse(["import", "--file", file, "--batch", "5"])));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_counting_stream_passes_the_bytes_on_and_counts_them_and_the_line_ends()
    {
        var text = "{\"a\":1}\n{\"b\":2}\r\n\n{\"c\":3}";
        await using var counting = new CountingReadStream(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        using var copy = new MemoryStream();

        await counting.CopyToAsync(copy, 5);

        Assert.Equal(text, Encoding.UTF8.GetString(copy.ToArray()));
        Assert.Equal(Encoding.UTF8.GetByteCount(text), counting.Bytes);
        Assert.Equal(3, counting.LineEnds);
    }

    [Fact]
    public void Progress_lines_show_the_share_done_the_rate_and_what_is_left()
    {
        var upload = ImportProgress.Upload(512L * 1024 * 1024, 2L * 1024 * 1024 * 1024, 1_234_567, TimeSpan.FromSeconds(4));
        var running = ImportProgress.Job("running", 2_500_000, 10_000_000, TimeSpan.FromSeconds(50));
        var done = ImportProgress.Job("done", 10, 10, TimeSpan.FromSeconds(1));

        Assert.Equal("upload [######..................]  25%  512.0 MiB of 2.00 GiB  1,234,567 lines  128.0 MiB/s", upload);
        Assert.Equal("running [######..................]  25%  2,500,000/10,000,000 lines  50,000 events/s  ETA 2m30s", running);
        Assert.Equal("done    [########################] 100%  10/10 lines  10 events/s", done);
    }

    [Theory]
    [InlineData(0, "0s")]
    [InlineData(41.2, "42s")]
    [InlineData(150, "2m30s")]
    [InlineData(7_260, "2h01m")]
    public void Durations_read_at_a_glance(double seconds, string text) =>
        Assert.Equal(text, ImportProgress.Duration(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void The_summary_is_a_markdown_table_of_the_counts_times_and_rate()
    {
        var summary = ImportProgress.Summary(
            "imp_1", 10_000_000, new ImportCounts(9_999_990, 6, 0, 4), TimeSpan.FromSeconds(95.04), TimeSpan.FromSeconds(400), "r.ndjson");

        Assert.Equal(
            """
            ### Import imp_1

            | lines | accepted | duplicate | conflict | rejected | upload s | processing s | events/s |
            |---:|---:|---:|---:|---:|---:|---:|---:|
            | 10,000,000 | 9,999,990 | 6 | 0 | 4 | 95.0 | 400.0 | 25,000 |

            Per-line results: r.ndjson

            """.ReplaceLineEndings(),
            summary);
    }

    [Fact]
    public void A_job_is_read_from_the_services_answer()
    {
        var json = """
            {"importId":"imp_1","status":"running","lines":2500,"processed":1000,
             "counts":{"accepted":990,"duplicate":5,"conflict":1,"rejected":4},"createdAt":"2026-12-07T06:40:12+00:00","finishedAt":null,"results":null}
            """u8;

        var job = JobState.Parse(json);

        Assert.Equal(new JobState("running", 2500, 1000, new ImportCounts(990, 5, 1, 4)), job);
    }
}
