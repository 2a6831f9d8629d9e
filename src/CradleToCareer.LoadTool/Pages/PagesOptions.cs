using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Pages;

/// <summary>What the <c>pages</c> command measures and with how much load; see the usage text.</summary>
public sealed record PagesOptions(
    Uri Url, int Students, int BackgroundStudents, int Rate, int Seconds, int PageRate, int PageConcurrency, int Streams,
    TimeSpan ProbeInterval, int StudentAccounts, int Warmup, int Seed, string Tag, string? Markdown, TimeSpan Timeout, AuthOptions Auth)
{
    public const int MaxStudents = 5_000;

    /// <summary>Courses of each page student's record at least (high school and college), as in the views command.</summary>
    public const int MinCourses = 60;

    public static readonly string[] OptionNames =
    [
        "url", "students", "background-students", "rate", "seconds", "page-rate", "page-concurrency", "streams",
        "probe-interval", "student-accounts", "warmup", "seed", "tag", "markdown", "timeout", "admin-client-id", "admin-client-secret", "org",
    ];

    /// <summary>The organization the students consent to and the advisor works for: new for every tag.</summary>
    public string AdvisorOrgId => $"{Auth.OrgId}-pages-{Tag}";

    public string AdvisorUsername => $"advisor-{Tag}";

    public static PagesOptions From(CommandLine cli, DateTime utcNow)
    {
        cli.AllowOnly(OptionNames);
        var auth = AuthOptions.AdminFrom(cli, "pages", "advisor organization, its account and the students' accounts");
        var students = AtMost("students", cli.Int("students", 200), MaxStudents);
        return new PagesOptions(
            cli.Url("url", "http://127.0.0.1:5080"),
            students,
            AtMost("background-students", cli.Int("background-students", 1_000), 100_000),
            cli.Int("rate", 1_000, 0),
            cli.Int("seconds", 60),
            cli.Int("page-rate", 20),
            cli.Int("page-concurrency", 8),
            AtMost("streams", cli.Int("streams", 20), students),
            TimeSpan.FromMilliseconds(cli.Int("probe-interval", 250)),
            AtMost("student-accounts", cli.Int("student-accounts", 5, 0), students),
            cli.Int("warmup", 200, 0),
            cli.Int("seed", 19, int.MinValue),
            RunTag.Checked(cli.Text("tag") ?? RunTag.New("w", utcNow)),
            cli.Text("markdown"),
            TimeSpan.FromSeconds(cli.Long("timeout", 30)),
            auth);
    }

    private static int AtMost(string name, int value, int max) =>
        value <= max ? value : throw new ToolException($"--{name} must be at most {max:N0}");
}
