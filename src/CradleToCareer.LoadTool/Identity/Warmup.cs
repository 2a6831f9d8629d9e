namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// The throwaway records sent to each host before anything is timed, so the JIT and the connection pools are warm.
/// They are a population of their own (another seed, another tag): other persons, whose names may repeat the measured
/// ones by chance, as in life. A warm-up record sharing a local id or SSN with the measured population is dropped, so
/// none can be tied to a measured record by an identifier. Their answers never enter a metric.
/// </summary>
public static class Warmup
{
    /// <summary>Any fixed change of the seed does; this one keeps the warm-up apart from neighbouring seeds.</summary>
    private const int SeedMask = 0x5EED_0A1B;

    public static Workload Generate(IdentityOptions o, Population measured)
    {
        var tag = o.Tag + "-warmup";
        var warmup = Population.Generate(o.Warmup, o.Overlap, o.Seed ^ SeedMask, tag, o.Corruption);
        var ssns = measured.Persons.Select(p => p.Ssn).ToHashSet(StringComparer.Ordinal);
        var ids = measured.AllRecords.SelectMany(r => r.Student.Ids).ToHashSet();
        bool Apart(SourceRecord r) => !ssns.Contains(warmup.Persons[r.PersonIndex].Ssn) && !r.Student.Ids.Any(ids.Contains);
        return Workload.Arrivals(warmup.SourceA.Where(Apart), warmup.SourceB.Where(Apart), tag, SourceOrder.AThenB, o.Seed);
    }
}
