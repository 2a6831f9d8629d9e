using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Kill;
using CradleToCareer.LoadTool.Views;

namespace CradleToCareer.LoadTool.TranscriptRequests;

public sealed record TranscriptRequestsOptions(
    Uri Url, int Students, int AwaitingStudents, int Rate, int IngestRate, int DurationSeconds, int GrantRate, int ReceiverPort,
    int DrainSeconds, KillPlan? Kill, int Seed, string Tag, string? Markdown, TimeSpan Timeout, AuthOptions Auth)
{
    /// <summary>Students whose enrollment is ingested in setup and who receive the background events.</summary>
    public const int BackgroundStudents = 1_000;

    /// <summary>Courses every full-record student has at least (FullRecordStudents), as in the views command's default.</summary>
    public const int MinCourses = 60;

    public static readonly string[] OptionNames =
    [
        "url", "students", "awaiting-students", "rate", "ingest-rate", "duration-seconds", "grant-rate", "receiver-port", "drain",
        .. KillPlan.OptionNames, "seed", "tag", "markdown", "timeout", "admin-client-id", "admin-client-secret", "org",
    ];

    /// <summary>The requesting organization (role college) the students consent to: new for every tag.</summary>
    public string CollegeOrgId => $"{Auth.OrgId}-college-{Tag}";

    public static TranscriptRequestsOptions From(CommandLine cli)
    {
        cli.AllowOnly(OptionNames);
        var auth = AuthOptions.AdminFrom(cli, "transcript-requests", "source and college organizations");
        var duration = cli.Int("duration-seconds", 60);
        var students = cli.Int("students", 500);
        var awaiting = cli.Int("awaiting-students", 200);
        return students + awaiting <= ViewsOptions.MaxStudents
            ? new TranscriptRequestsOptions(
                cli.Url("url", "http://127.0.0.1:5080"),
                students,
                awaiting,
                cli.Int("rate", 50),
                cli.Int("ingest-rate", 1_000, 0),
                duration,
                cli.Int("grant-rate", 20),
                ReceiverPortFrom(cli),
                cli.Int("drain", 60),
                KillPlan.From(cli, duration, "duration-seconds"),
                cli.Int("seed", 13, int.MinValue),
                RunTag.Checked(cli.Text("tag") ?? RunTag.New("t", DateTime.UtcNow)),
                cli.Text("markdown"),
                TimeSpan.FromSeconds(cli.Long("timeout", 30)),
                auth)
            : throw new ToolException($"--students and --awaiting-students together must be at most {ViewsOptions.MaxStudents:N0}");
    }

    private static int ReceiverPortFrom(CommandLine cli)
    {
        var port = cli.Int("receiver-port", 0, 0);
        return port <= 65_535 ? port : throw new ToolException("--receiver-port must be at most 65,535");
    }
}
