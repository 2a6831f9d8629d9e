namespace CradleToCareer.LoadTool.Identity;

/// <summary>How many records of each source got one corruption kind.</summary>
public sealed record CorruptionCount(CorruptionRule Rule, int RecordsA, int RecordsB);

/// <summary>What the generator produced: sizes, true pairs, the hard cases, SSN coverage and corruption counts.</summary>
public sealed record GeneratorStatistics(
    int RecordsB,
    int Persons,
    long TruePairs,
    int Twins,
    int Namesakes,
    long SameNameAndBirthYearPairs,
    long SameNameAndBirthDatePairs,
    int SsnA,
    int SsnB,
    int CleanB,
    IReadOnlyList<CorruptionCount> Corruption)
{
    public static GeneratorStatistics Of(Population population)
    {
        var persons = population.Persons;
        return new GeneratorStatistics(
            population.SourceB.Count,
            persons.Count,
            PairwiseMetrics.PairsSharingKey(population.AllRecords.Select(r => r.PersonIndex)),
            persons.Count(p => p.Kinship == Kinship.Twin),
            persons.Count(p => p.Kinship == Kinship.Namesake),
            PairwiseMetrics.PairsSharingKey(persons.Select(p => (p.FirstName, p.LastName, p.BirthDate.Year))),
            PairwiseMetrics.PairsSharingKey(persons.Select(p => (p.FirstName, p.LastName, p.BirthDate))),
            population.SourceA.Count(r => r.Student.Ssn is not null),
            population.SourceB.Count(r => r.Student.Ssn is not null),
            population.SourceB.Count(r => r.Kinds == CorruptionKinds.None),
            [.. population.Corruption.Rules.Select(rule => new CorruptionCount(
                rule,
                population.SourceA.Count(r => r.Kinds.HasFlag(rule.Kind)),
                population.SourceB.Count(r => r.Kinds.HasFlag(rule.Kind))))]);
    }
}
