using System.Globalization;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Kill;

namespace CradleToCareer.LoadTool.Alerts;

public sealed record AlertsOptions(
    Uri Url, int Students, int Rate, int DurationSeconds, double AlertShare, int ReceiverPort, int DrainSeconds,
    KillPlan? Kill, int Seed, string Tag, string? Markdown, TimeSpan Timeout, AuthOptions Auth)
{
    public const int MaxStudents = 100_000;

    public static readonly string[] OptionNames =
    [
        "url", "students", "rate", "duration", "alert-share", "receiver-port", "drain", .. KillPlan.OptionNames,
        "seed", "tag", "markdown", "timeout", "admin-client-id", "admin-client-secret", "org",
    ];

    /// <summary>The organization the students consent to and that subscribes: new for every tag, so no subscription of an earlier run shares it.</summary>
    public string SubscriberOrgId => $"{Auth.OrgId}-alerts-{Tag}";

    /// <summary>Milestone events the run plans to send when ingest keeps its target rate throughout.</summary>
    public long PlannedMilestones => (long)Math.Floor((double)Rate * DurationSeconds * AlertShare);

    public static AlertsOptions From(CommandLine cli)
    {
        cli.AllowOnly(OptionNames);
        var auth = AuthOptions.AdminFrom(cli, "alerts", "source and subscriber organizations");
        var duration = cli.Int("duration", 60);
        var options = new AlertsOptions(
            cli.Url("url", "http://127.0.0.1:5080"),
            AtMost("students", cli.Int("students", 2_000), MaxStudents),
            cli.Int("rate", 1_000),
            duration,
            Share(cli.Text("alert-share")),
            AtMost("receiver-port", cli.Int("receiver-port", 0, 0), 65_535),
            cli.Int("drain", 120),
            KillPlan.From(cli, duration, "duration"),
            cli.Int("seed", 5, int.MinValue),
            RunTag.Checked(cli.Text("tag") ?? RunTag.New("a", DateTime.UtcNow)),
            cli.Text("markdown"),
            TimeSpan.FromSeconds(cli.Long("timeout", 30)),
            auth);
        var capacity = (long)options.Students * MilestoneTriggers.All.Length;
        return options.PlannedMilestones <= capacity
            ? options
            : throw new ToolException(
                $"{options.PlannedMilestones:N0} milestone events planned (rate x duration x alert share) but {options.Students:N0} students " +
                $"can reach only {capacity:N0} ({MilestoneTriggers.All.Length} milestones each): raise --students");
    }

    /// <summary>A fraction in (0, 1], written "0.1" or "10%".</summary>
    public static double Share(string? text)
    {
        if (text is null)
        {
            return 0.1;
        }
        var percent = text.EndsWith('%');
        if (!double.TryParse(percent ? text[..^1] : text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new ToolException($"--alert-share must be a fraction such as 0.1 or a percentage such as 10%, got '{text}'");
        }
        var share = percent ? value / 100 : value;
        return share is > 0 and <= 1 ? share : throw new ToolException($"--alert-share must lie above 0 and at most 1 (100%), got '{text}'");
    }

    private static int AtMost(string name, int value, int max) =>
        value <= max ? value : throw new ToolException($"--{name} must be at most {max:N0}");
}
