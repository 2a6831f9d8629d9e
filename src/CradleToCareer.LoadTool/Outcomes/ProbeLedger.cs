namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// What each freshness probe should make the probe school's graduates cohort show. The cohort counts persons, so a
/// probe's diploma raises it by one only when it landed on a person not yet in it; one that landed on a known person
/// (the matcher linked the made-up student to another) owes no change, and is not timed. After each probe the
/// cohort's size as read becomes the new baseline. Not thread-safe: the probes run one after another.
/// </summary>
public sealed class ProbeLedger(int baseline, IEnumerable<string> members)
{
    private readonly HashSet<string> _members = new(members, StringComparer.Ordinal);

    public int Baseline { get; private set; } = baseline;

    /// <summary>
    /// The size the cohort must reach to show a probe acknowledged on <paramref name="personId"/>, or null when that
    /// person is in the cohort already. An acknowledgement without a person id is taken as a new person.
    /// </summary>
    public int? Expect(string? personId) => personId is null || _members.Add(personId) ? Baseline + 1 : null;

    /// <summary>The cohort was read at <paramref name="size"/> (null: not shown, which leaves the baseline as it was).</summary>
    public void Read(int? size)
    {
        if (size is { } shown)
        {
            Baseline = shown;
        }
    }

    /// <summary>True when <paramref name="size"/> shows the expected probe (a size above it shows it too).</summary>
    public static bool Shows(int? size, int expected) => size >= expected;
}
