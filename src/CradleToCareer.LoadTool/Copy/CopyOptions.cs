using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Generation;

namespace CradleToCareer.LoadTool.Copy;

public sealed record CopyOptions(
    string Connection, long Events, long? Students, int Batch, int Concurrency, int Seed, string Tag,
    bool PrimaryKey, string? Markdown, TimeSpan MaxDuration)
{
    public static readonly string[] OptionNames =
        ["connection", "events", "students", "batch", "concurrency", "seed", "tag", "primary-key", "markdown", "max-duration"];

    public static CopyOptions From(CommandLine cli)
    {
        cli.AllowOnly(OptionNames);
        var seed = cli.Int("seed", 42, int.MinValue);
        return new CopyOptions(
            cli.Text("connection", "C2C_LOADTOOL_CONNECTION") ?? throw new ToolException("--connection is required (an Npgsql connection string)"),
            cli.Long("events", 1_000_000),
            cli.CountOrAuto("students"),
            cli.Int("batch", 1_000),
            cli.Int("concurrency", 1),
            seed,
            cli.Text("tag") ?? JourneyGenerator.DefaultTag(seed),
            cli.Flag("primary-key"),
            cli.Text("markdown"),
            TimeSpan.FromSeconds(cli.Long("max-duration", 3_600)));
    }
}
