using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Reads;

public sealed record ReadOptions(
    Uri Url, int Rate, int DurationSeconds, int WarmupSeconds, string PersonsFrom, int Seed, int Connections, int MaxInFlight,
    int BackgroundIngestRate, int Batch, int? HostPid, string? Markdown, TimeSpan Timeout, AuthOptions Auth)
{
    public static readonly string[] OptionNames =
    [
        "url", "rate", "duration", "warmup", "persons-from", "seed", "connections", "max-in-flight", "background-ingest-rate",
        "batch", "host-pid", "markdown", "timeout", .. AuthOptions.OptionNames,
    ];

    public static ReadOptions From(CommandLine cli)
    {
        cli.AllowOnly(OptionNames);
        return new ReadOptions(
            cli.Url("url", "http://127.0.0.1:5080"),
            cli.Int("rate", 1_000),
            cli.Int("duration", 30),
            cli.Int("warmup", 0, 0),
            cli.Text("persons-from") ?? "persons.txt",
            cli.Int("seed", 42, int.MinValue),
            cli.Int("connections", 64),
            cli.Int("max-in-flight", 10_000),
            cli.Int("background-ingest-rate", 0, 0),
            cli.Int("batch", 100),
            cli.Text("host-pid") is null ? null : cli.Int("host-pid", 0),
            cli.Text("markdown"),
            TimeSpan.FromSeconds(cli.Long("timeout", 30)),
            AuthOptions.From(cli));
    }
}
