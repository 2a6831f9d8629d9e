namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// The errors file's second section: the missed-pair counts by corruption kind (the report's table), then each true
/// person whose A and B records landed on different person ids, by person number.
/// </summary>
public static class MissedPairsBlocks
{
    public static void Write(
        TextWriter text, Population population, PassResult pass, ILookup<string, SourceRecord> recordsByPersonId, LinkageOutcome outcome)
    {
        var missed = population.SourceB
            .Where(b => b.PersonIndex < population.SourceA.Count)
            .Select(b => (A: population.SourceA[b.PersonIndex], B: b))
            .Where(pair => pass.PersonIdsA[pair.A.Index] is not { } personA || personA != pass.PersonIdsB[pair.B.Index])
            .OrderBy(pair => pair.A.PersonIndex)
            .ToList();
        LinkageErrors.WriteHeading(text, "Missed pairs (true persons whose A and B records landed on different personIds)", missed.Count);
        IdentityReport.MissedTable(outcome).WriteText(text);
        foreach (var (a, b) in missed.Take(LinkageErrors.MaxBlocks))
        {
            LinkageErrors.WriteBlock(
                text,
                $"true person {a.PersonIndex}: A on {LinkageErrors.Describe(pass.PersonIdsA[a.Index], recordsByPersonId)}, "
                + $"B on {LinkageErrors.Describe(pass.PersonIdsB[b.Index], recordsByPersonId)}",
                [a, b],
                population.Persons);
        }
    }
}
