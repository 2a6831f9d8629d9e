using CradleToCareer.LoadTool.Identity;

namespace CradleToCareer.LoadTool.Tests.Identity;

public sealed class PopulationTests
{
    [Fact]
    public void The_same_seed_gives_the_same_records_and_corruption()
    {
        var first = Population.Generate(500, 0.8, seed: 13, "t13");
        var second = Population.Generate(500, 0.8, seed: 13, "t13");

        Assert.Equal(first.AllRecords.Select(r => (r.Student, r.Kinds)), second.AllRecords.Select(r => (r.Student, r.Kinds)), Same);
        Assert.NotEqual(
            first.SourceB.Select(r => r.Kinds),
            Population.Generate(500, 0.8, seed: 14, "t13").SourceB.Select(r => r.Kinds));
    }

    [Fact]
    public void The_statistics_count_each_kind_the_records_carry()
    {
        var population = Population.Generate(2_000, 0.8, seed: 21, "t21", CorruptionModel.Parse("names-swapped=0.5"));

        var statistics = GeneratorStatistics.Of(population);

        var swapped = statistics.Corruption.Single(c => c.Rule.Kind == CorruptionKinds.NamesSwapped);
        Assert.Equal(0.5, swapped.Rule.SourceB);
        Assert.Equal(population.SourceB.Count(r => r.Kinds.HasFlag(CorruptionKinds.NamesSwapped)), swapped.RecordsB);
        Assert.InRange(swapped.RecordsB, 850, 1_050);
    }

    [Fact]
    public void About_half_of_the_twins_have_ssns_issued_in_sequence()
    {
        var persons = Population.Generate(10_000, 0.8, seed: 5, "t5").Persons;

        var secondTwins = persons.Where((p, i) => i > 0 && p.Kinship == Kinship.Twin && persons[i - 1].Kinship == Kinship.Twin && p.LastName == persons[i - 1].LastName).ToList();
        var inSequence = secondTwins.Count(p => p.Ssn == SsnAllocator.NextInSequence(persons[p.Index - 1].Ssn));

        Assert.InRange(secondTwins.Count, 50, 150);
        Assert.InRange(inSequence, secondTwins.Count / 4, secondTwins.Count * 3 / 4);
    }

    private static readonly IEqualityComparer<(Events.StudentBlock Student, CorruptionKinds Kinds)> Same =
        EqualityComparer<(Events.StudentBlock, CorruptionKinds)>.Create(
            (a, b) => a.Item2 == b.Item2 && a.Item1.Ids.SequenceEqual(b.Item1.Ids) && a.Item1 with { Ids = [] } == b.Item1 with { Ids = [] });
}
