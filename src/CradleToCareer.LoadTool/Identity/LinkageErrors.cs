using System.Globalization;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// The <c>--errors-out</c> file: the linkage mistakes record by record (persons as pass 2 found them, after later links and merges), for a developer to read. Plain text, one block
/// per mistake: a title line, then an aligned table with one row per record (<see cref="ErrorRecordRow"/>).
/// Each section shows at most <see cref="MaxBlocks"/> blocks and says how many it left out.
/// </summary>
public static class LinkageErrors
{
    public const int MaxBlocks = 300;

    public static async Task WriteAsync(string path, IdentityOptions o, Population population, PassResult pass, LinkageOutcome outcome)
    {
        var records = population.AllRecords.ToArray();
        var recordsByPersonId = records.Zip(pass.PersonIdsA.Concat(pass.PersonIdsB))
            .Where(landed => landed.Second is not null)
            .ToLookup(landed => landed.Second!, landed => landed.First, StringComparer.Ordinal);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        text.WriteLine($"C2C identity: linkage errors, persons as they stand after pass 1 ({o.Records:N0} records per source, seed {o.Seed}, tag {o.Tag})");
        text.WriteLine("Synthetic data. Rows are records as their source sent them; \"-\" is a missing field. true person: the");
        text.WriteLine("generator's person number (a twin or namesake is built after the person just before it). corruption: what");
        text.WriteLine("the generator changed on that record relative to the true person.");
        FalsePositiveGroups.Write(text, population.Persons, recordsByPersonId, outcome);
        MissedPairsBlocks.Write(text, population, pass, recordsByPersonId, outcome);
        await File.WriteAllTextAsync(path, text.ToString(), CancellationToken.None);
    }

    /// <summary>The section's heading, with how many blocks it shows and leaves out.</summary>
    public static void WriteHeading(TextWriter text, string heading, int blocks)
    {
        var shown = Math.Min(blocks, MaxBlocks);
        text.WriteLine();
        text.WriteLine();
        text.WriteLine($"== {heading}: {blocks:N0} (showing {shown:N0}, {blocks - shown:N0} left out)");
    }

    public static void WriteBlock(TextWriter text, string title, IEnumerable<SourceRecord> records, IReadOnlyList<TruePerson> persons) =>
        new ReportTable(title, ErrorRecordRow.Headers, [.. records.Select(r => ErrorRecordRow.Of(r, persons))], ErrorRecordRow.Headers.Length)
            .WriteText(text);

    /// <summary>A person id and how many records landed on it, or why a record has none.</summary>
    public static string Describe(string? personId, ILookup<string, SourceRecord> recordsByPersonId)
    {
        if (personId is null)
        {
            return "no personId (its event failed)";
        }
        var count = recordsByPersonId[personId].Count();
        return count == 1 ? $"{personId} (1 record)" : $"{personId} ({count:N0} records)";
    }
}
