using System.Globalization;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Identity.Febrl;
using CradleToCareer.LoadTool.Ingest;

namespace CradleToCareer.LoadTool.Identity;

public sealed record IdentityOptions(
    Uri Url, Uri? BaselineUrl, int Records, int Warmup, double Overlap, int Seed, string Tag, int Batch, int Concurrency,
    string? Markdown, string? ErrorsOut, TimeSpan Timeout, bool DryRun, AuthOptions Auth, CorruptionModel Corruption,
    FebrlOptions? Febrl, bool Replay, SourceOrder Order)
{
    /// <summary>Keeps the generated ids within their digit widths and the run within memory.</summary>
    public const int MaxRecords = 1_000_000;

    public static readonly string[] OptionNames =
    [
        "url", "baseline-url", "records", "warmup", "overlap", "seed", "tag", "batch", "concurrency", "markdown", "errors-out",
        "timeout", "dry-run", "corruption", "replay",
        .. AuthOptions.OptionNames,
        .. FebrlOptions.OptionNames,
    ];

    /// <summary>The run's tag for event ids and record numbers, "id" + seed unless given.</summary>
    public static string DefaultTag(int seed) => $"id{seed}";

    public static IdentityOptions From(CommandLine cli)
    {
        cli.AllowOnly(OptionNames);
        var seed = cli.Int("seed", 7, int.MinValue);
        var records = AtMostMaxRecords("records", cli.Int("records", 10_000));
        var url = cli.Url("url", "http://127.0.0.1:5080");
        var baselineUrl = cli.Text("baseline-url") is null ? null : cli.Url("baseline-url", "");
        if (baselineUrl == url)
        {
            throw new ToolException("--baseline-url must be another service instance than --url (its own database, matching off)");
        }
        var batch = cli.Int("batch", 500);
        if (batch > IngestOptions.MaxBatch)
        {
            throw new ToolException($"--batch must be at most {IngestOptions.MaxBatch} (the service's batch limit)");
        }
        var febrl = FebrlOptions.From(cli);
        return new IdentityOptions(
            url,
            baselineUrl,
            records,
            AtMostMaxRecords("warmup", cli.Int("warmup", 0, 0)),
            Fraction(cli, "overlap", 0.8),
            seed,
            cli.Text("tag") ?? DefaultTag(seed),
            batch,
            cli.Int("concurrency", 2),
            cli.Text("markdown"),
            cli.Text("errors-out"),
            TimeSpan.FromSeconds(cli.Long("timeout", 120)),
            cli.Flag("dry-run"),
            AuthOptions.From(cli),
            CorruptionModel.Parse(cli.Text("corruption")),
            febrl,
            cli.Flag("replay"),
            febrl is null ? SourceOrders.Parse(cli.Text("order") ?? "a-then-b") : SourceOrder.AThenB);
    }

    private static int AtMostMaxRecords(string name, int value) =>
        value <= MaxRecords ? value : throw new ToolException($"--{name} must be at most {MaxRecords:N0}");

    private static double Fraction(CommandLine cli, string name, double fallback)
    {
        var text = cli.Text(name);
        if (text is null)
        {
            return fallback;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
            ? value
            : throw new ToolException($"--{name} must be a number from 0 to 1, got '{text}'");
    }
}
