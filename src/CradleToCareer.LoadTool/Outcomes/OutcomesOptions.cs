using System.Globalization;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>The options of the outcomes command; see <see cref="Usage"/> for what each does.</summary>
public sealed record OutcomesOptions(
    Uri Url, int Students, int Rate, int Seconds, int Probes, int Reads, int Concurrency, int ExtractSize, int CohortSize,
    string SchoolYear, int? HostPid, IReadOnlySet<OutcomesPhase> Phases, int Seed, string Tag, string? Markdown, TimeSpan Timeout,
    AuthOptions Auth)
{
    /// <summary>Every journey is held in memory during setup, to know which figures the run sent.</summary>
    public const int MaxStudents = 20_000;

    public const int MaxCohortSize = 100_000;
    public const int MaxExtractSize = 2_000_000;
    public const int MaxProbes = 100_000;

    /// <summary>Each extract school is registered with the probe organization; more would make a heavy registration.</summary>
    public const int MaxExtractSchools = 1_000;

    /// <summary>A cohort of 10 or fewer shows no size (outcomes.md, Suppression).</summary>
    public const int MinCohortSize = 11;

    public static readonly string[] OptionNames =
    [
        "url", "students", "rate", "seconds", "probes", "reads", "concurrency", "extract-size", "cohort-size", "school-year",
        "host-pid", "skip", "seed", "tag", "markdown", "timeout", "admin-client-id", "admin-client-secret", "org",
    ];

    /// <summary>Owns the probe source and schools; new for every tag, so its schools start empty.</summary>
    public string ProbeOrgId => $"{Auth.OrgId}-outcomes-{Tag}";

    /// <summary>Holds the researcher client that asks for the extract.</summary>
    public string ResearchOrgId => $"{Auth.OrgId}-research-{Tag}";

    public string ProjectId => $"bench-{Tag}";

    /// <summary>The probe graduates' cohort at each probe school, and statewide the one the extract covers.</summary>
    public string Cohort => $"graduates:{SchoolYear}";

    /// <summary>Probe schools the extract phase may fill, <see cref="CohortSize"/> graduates each.</summary>
    public int ExtractSchools => (ExtractSize + CohortSize - 1) / CohortSize;

    public bool Runs(OutcomesPhase phase) => Phases.Contains(phase);

    public static OutcomesOptions From(CommandLine cli, DateTime utcNow)
    {
        cli.AllowOnly(OptionNames);
        var auth = AuthOptions.AdminFrom(cli, "outcomes", "probe, source and research organizations");
        var today = DateOnly.FromDateTime(utcNow);
        var options = new OutcomesOptions(
            cli.Url("url", "http://127.0.0.1:5080"),
            AtMost("students", cli.Int("students", 2_000), MaxStudents),
            cli.Int("rate", 1_000, 0),
            cli.Int("seconds", 60),
            AtMost("probes", cli.Int("probes", 200), MaxProbes),
            cli.Int("reads", 2_000),
            cli.Int("concurrency", 8),
            AtMost("extract-size", cli.Int("extract-size", 100_000), MaxExtractSize),
            AtMost("cohort-size", cli.Int("cohort-size", 5_000, MinCohortSize), MaxCohortSize),
            SchoolYearFrom(cli.Text("school-year"), today),
            cli.Text("host-pid") is null ? null : cli.Int("host-pid", 0),
            OutcomesPhases.ToRun(cli.Text("skip")),
            cli.Int("seed", 17, int.MinValue),
            RunTag.Checked(cli.Text("tag") ?? RunTag.New("o", utcNow)),
            cli.Text("markdown"),
            TimeSpan.FromSeconds(cli.Long("timeout", 30)),
            auth);
        return !options.Runs(OutcomesPhase.Extract) || options.ExtractSchools <= MaxExtractSchools
            ? options
            : throw new ToolException(
                $"--extract-size {options.ExtractSize:N0} needs {options.ExtractSchools:N0} schools of --cohort-size {options.CohortSize:N0}; " +
                $"at most {MaxExtractSchools:N0}: raise --cohort-size");
    }

    /// <summary>
    /// The probe graduates' school year: as given ("2025-2026"), else the latest one that has ended (school years end
    /// on Jul 31). Its graduation day (Jun 5 of the second year) must not lie after <paramref name="today"/>.
    /// </summary>
    public static string SchoolYearFrom(string? text, DateOnly today)
    {
        if (text is null)
        {
            var end = today.Month >= 8 ? today.Year : today.Year - 1;
            return $"{end - 1}-{end}";
        }
        var parts = text.Split('-');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var second)
            || parts[0].Length != 4 || second != first + 1)
        {
            throw new ToolException($"--school-year must look like 2025-2026 (two consecutive years), got '{text}'");
        }
        return ProbeStudents.GraduationDate(text) <= today
            ? text
            : throw new ToolException($"--school-year {text}: its graduation day {ProbeStudents.GraduationDate(text):yyyy-MM-dd} is still to come");
    }

    private static int AtMost(string name, int value, int max) =>
        value <= max ? value : throw new ToolException($"--{name} must be at most {max:N0}");
}
