using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Views;

public sealed record ViewsOptions(
    Uri Url, int Students, int MinCourses, int Seed, string Tag, int Transcripts, int Concurrency, int ThroughputSeconds,
    int Warmup, int BackgroundIngestRate, string? Markdown, TimeSpan Timeout, AuthOptions Auth)
{
    /// <summary>Every generated student is held in memory with its events (about 80 each) during setup.</summary>
    public const int MaxStudents = 20_000;

    /// <summary>More courses push the first college term, and so the birth date, decades back.</summary>
    public const int MaxMinCourses = 200;

    public static readonly string[] OptionNames =
    [
        "url", "students", "min-courses", "seed", "tag", "transcripts", "concurrency", "throughput-duration", "warmup",
        "background-ingest-rate", "markdown", "timeout", "admin-client-id", "admin-client-secret", "org",
    ];

    /// <summary>The run's tag for event ids, "v" + seed unless given.</summary>
    public static string DefaultTag(int seed) => $"v{seed}";

    /// <summary>The organization the consents name and whose client reads the views.</summary>
    public string ReaderOrgId => $"{Auth.OrgId}-reader";

    public static ViewsOptions From(CommandLine cli)
    {
        cli.AllowOnly(OptionNames);
        var seed = cli.Int("seed", 11, int.MinValue);
        var auth = AuthOptions.AdminFrom(cli, "views", "source and reader organizations");
        return new ViewsOptions(
            cli.Url("url", "http://127.0.0.1:5080"),
            AtMost("students", cli.Int("students", 200), MaxStudents),
            AtMost("min-courses", cli.Int("min-courses", 60), MaxMinCourses),
            seed,
            cli.Text("tag") ?? DefaultTag(seed),
            cli.Int("transcripts", 2_000),
            cli.Int("concurrency", 8),
            cli.Int("throughput-duration", 20),
            cli.Int("warmup", 200, 0),
            cli.Int("background-ingest-rate", 200, 0),
            cli.Text("markdown"),
            TimeSpan.FromSeconds(cli.Long("timeout", 60)),
            auth);
    }

    private static int AtMost(string name, int value, int max) =>
        value <= max ? value : throw new ToolException($"--{name} must be at most {max:N0}");
}
