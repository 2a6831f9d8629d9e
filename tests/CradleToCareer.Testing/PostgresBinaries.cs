namespace CradleToCareer.Testing;

/// <summary>Where the PostgreSQL server programs (initdb, pg_ctl, postgres) are installed.</summary>
internal sealed record PostgresBinaries(string Directory)
{
    private static readonly string[] RequiredPrograms = ["initdb", "pg_ctl", "postgres"];

    public string InitDb => Path.Combine(Directory, "initdb");

    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>Looks in PATH first, then in <c>/usr/lib/postgresql/*/bin</c> (newest major version first).</summary>
    public static PostgresBinaries Locate()
    {
        var directory = CandidateDirectories().FirstOrDefault(HasAllPrograms)
            ?? throw new InvalidOperationException(
                "No PostgreSQL server binaries (initdb, pg_ctl, postgres) found in PATH or /usr/lib/postgresql/*/bin. " +
                "Install PostgreSQL: apt-get install -y postgresql " +
                "(or set ConnectionStrings__Postgres to an existing server).");
        return new PostgresBinaries(directory);
    }

    private static IEnumerable<string> CandidateDirectories()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return directory;
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (!System.IO.Directory.Exists(debianRoot))
        {
            yield break;
        }

        var versions = System.IO.Directory.GetDirectories(debianRoot)
            .Select(d => (Directory: d, Version: decimal.TryParse(Path.GetFileName(d), out var v) ? v : -1m))
            .OrderByDescending(d => d.Version);
        foreach (var version in versions)
        {
            yield return Path.Combine(version.Directory, "bin");
        }
    }

    private static bool HasAllPrograms(string directory) =>
        RequiredPrograms.All(program => File.Exists(Path.Combine(directory, program)));
}
