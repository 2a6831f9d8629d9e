using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// What the probe phases share: the probe schools and students, the probe organization's token (it sends the
/// probe graduates and reads the schools' outcomes as their staff) and the ingest that sends them. Each phase draws
/// its students from an index range of its own, so no two phases name the same person.
/// </summary>
public sealed record ProbeContext(ProbeSchools Schools, ProbeStudents Students, AccessTokenSource Tokens, ProbeIngest Ingest)
{
    public const long BigFirst = 0;
    public const long FreshnessFirst = 100_000_000;
    public const long ExtractFirst = 200_000_000;
}
