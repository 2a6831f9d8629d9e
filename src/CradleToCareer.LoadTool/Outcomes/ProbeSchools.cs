using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// The run's probe schools and the source that reports them, all new for its tag: school <c>n</c> is
/// <c>cds:9</c> + nine digits of the tag's hash + <c>n</c> in four digits, so another tag gets other schools (the
/// journeys' schools start with a county code, never 9). School 0 takes the big cohort, school 1 the freshness probes,
/// schools 2 and up the extract's graduates.
/// </summary>
public sealed class ProbeSchools(string tag)
{
    public const int Big = 0;
    public const int Freshness = 1;
    public const int FirstExtract = 2;

    /// <summary>The school numbers have four digits.</summary>
    public const int MaxSchools = 10_000;

    private readonly string _prefix = $"cds:9{ProbeStudents.Mix(ProbeStudents.Fnv(tag)) % 1_000_000_000:D9}";

    /// <summary>The probe organization's one source, a district feed of its own.</summary>
    public string Source { get; } = $"urn:c2c:source:lea:probe-{tag}";

    public Institution School(int number) =>
        number is >= 0 and < MaxSchools
            ? new Institution($"{_prefix}{number:D4}", $"Outcomes Probe High {number} ({tag})", Institution.K12School)
            : throw new ArgumentOutOfRangeException(nameof(number), number, $"a probe school number is below {MaxSchools}");

    /// <summary>The schools the run's phases fill, to register with the probe organization.</summary>
    public IReadOnlyList<Institution> Needed(OutcomesOptions o)
    {
        var numbers = new List<int>();
        if (o.Runs(OutcomesPhase.Big))
        {
            numbers.Add(Big);
        }
        if (o.Runs(OutcomesPhase.Freshness))
        {
            numbers.Add(Freshness);
        }
        if (o.Runs(OutcomesPhase.Extract))
        {
            numbers.AddRange(Enumerable.Range(FirstExtract, o.ExtractSchools));
        }
        return [.. numbers.Select(School)];
    }
}
