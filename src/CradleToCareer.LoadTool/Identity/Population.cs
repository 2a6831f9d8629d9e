namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// The benchmark's ground truth: the true persons, source A (one record per person 0..records-1) and source B
/// (<c>overlap</c> of its records are persons also in A, the rest persons only in B, in shuffled order).
/// The same arguments always give the same population.
/// </summary>
public sealed record Population(IReadOnlyList<TruePerson> Persons, IReadOnlyList<SourceRecord> SourceA, IReadOnlyList<SourceRecord> SourceB)
{
    /// <summary>The rates the records were corrupted with.</summary>
    public CorruptionModel Corruption { get; init; } = CorruptionModel.Default;

    public static Population Generate(int records, double overlap, int seed, string tag, CorruptionModel? corruption = null)
    {
        corruption ??= CorruptionModel.Default;
        var rng = new Random(seed);
        var shared = (int)Math.Round(records * overlap);
        var persons = new PersonFactory(rng, new SsnAllocator(seed)).Create((2 * records) - shared);
        var factory = new RecordFactory(rng, seed, tag, corruption);

        var sourceA = new List<SourceRecord>(records);
        for (var i = 0; i < records; i++)
        {
            sourceA.Add(factory.ForSourceA(persons[i], i));
        }

        var inA = Enumerable.Range(0, records).ToArray();
        rng.Shuffle(inA);
        var personsOfB = inA.Take(shared).Concat(Enumerable.Range(records, records - shared)).ToArray();
        rng.Shuffle(personsOfB);
        var sourceB = new List<SourceRecord>(records);
        for (var j = 0; j < records; j++)
        {
            sourceB.Add(factory.ForSourceB(persons[personsOfB[j]], j));
        }
        return new Population(persons, sourceA, sourceB) { Corruption = corruption };
    }

    /// <summary>Every record, A first then B: the order the metrics index records by.</summary>
    public IEnumerable<SourceRecord> AllRecords => SourceA.Concat(SourceB);
}
