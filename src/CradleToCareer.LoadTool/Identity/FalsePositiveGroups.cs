namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// The errors file's first section: every predicted person holding records of more than one true person, largest
/// first (ties by lowest true person number), its records ordered by true person.
/// </summary>
public static class FalsePositiveGroups
{
    public static void Write(
        TextWriter text, IReadOnlyList<TruePerson> persons, ILookup<string, SourceRecord> recordsByPersonId, LinkageOutcome outcome)
    {
        var groups = recordsByPersonId
            .Where(group => group.Select(r => r.PersonIndex).Distinct().Skip(1).Any())
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Min(r => r.PersonIndex))
            .ToList();
        var causes = outcome.FalsePositives;
        LinkageErrors.WriteHeading(text, "False-positive groups (predicted persons holding records of more than one true person)", groups.Count);
        text.WriteLine(
            $"   {outcome.Counts.FalsePositivePairs:N0} wrong pairs: twins {causes.Twins:N0}, namesakes {causes.Namesakes:N0}, other {causes.Other:N0}");
        foreach (var group in groups.Take(LinkageErrors.MaxBlocks))
        {
            var truePersons = group.GroupBy(r => r.PersonIndex).ToList();
            var wrongPairs = PairwiseMetrics.Pairs(group.Count()) - truePersons.Sum(p => PairwiseMetrics.Pairs(p.Count()));
            LinkageErrors.WriteBlock(
                text,
                $"personId {group.Key}: {group.Count():N0} records of {truePersons.Count:N0} true persons, {wrongPairs:N0} wrong pairs",
                group.OrderBy(r => r.PersonIndex).ThenBy(r => r.Side).ThenBy(r => r.Index),
                persons);
        }
    }
}
