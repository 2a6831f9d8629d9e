using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Generation;
using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Ingest;

public sealed record IngestOptions(
    Uri Url, long Events, long? Students, int Batch, int Concurrency, int Seed, string Tag,
    int? HostPid, string? Markdown, string? PersonsOut, TimeSpan MaxDuration, TimeSpan Timeout, AuthOptions Auth)
{
    public const int MaxBatch = 5_000;

    public static readonly string[] OptionNames =
    [
        "url", "events", "students", "batch", "concurrency", "seed", "tag", "host-pid", "markdown", "persons-out",
        "max-duration", "timeout", .. AuthOptions.OptionNames,
    ];

    public static IngestOptions From(CommandLine cli)
    {
        cli.AllowOnly(OptionNames);
        var seed = cli.Int("seed", 42, int.MinValue);
        var batch = cli.Int("batch", 1_000);
        if (batch > MaxBatch)
        {
            throw new ToolException($"--batch must be at most {MaxBatch} (the service's batch limit)");
        }
        return new IngestOptions(
            cli.Url("url", "http://127.0.0.1:5080"),
            cli.Long("events", 1_000_000),
            cli.CountOrAuto("students"),
            batch,
            cli.Int("concurrency", 4),
            seed,
            cli.Text("tag") ?? JourneyGenerator.DefaultTag(seed),
            cli.Text("host-pid") is null ? null : cli.Int("host-pid", 0),
            cli.Text("markdown"),
            cli.Text("persons-out"),
            TimeSpan.FromSeconds(cli.Long("max-duration", 3_600)),
            TimeSpan.FromSeconds(cli.Long("timeout", 120)),
            AuthOptions.From(cli));
    }
}
