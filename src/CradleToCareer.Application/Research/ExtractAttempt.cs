using CradleToCareer.Application.Disclosures;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Application.Research;

/// <summary>How one attempt of an extract's job ended.</summary>
internal enum AttemptEnd
{
    /// <summary>The file is complete and ready.</summary>
    Completed,

    /// <summary>The store says a newer attempt (or a finish) overtook this one: it stops without a word.</summary>
    Superseded,

    /// <summary>A group written fell below k because members left between the passes: the file may not be offered.</summary>
    GroupsShrank,
}

/// <summary>
/// One attempt at an extract's file, in two passes over the project's cohorts. The first counts the members per exact
/// quasi-identifier (memory grows with the distinct combinations, never with the rows) and makes the k-anonymity plan.
/// The second writes each member the plan keeps or generalizes, counting the rows written per combination the file
/// shows; members who joined since the count have no place in the plan and are dropped. When a combination written
/// ends below <see cref="KAnonymity.K"/> the attempt ends before its last chunk, and the file is never completed.
/// </summary>
internal sealed class ExtractAttempt(
    IResearchExtractStore extracts, ICohortMemberSource source, IDisclosureRecord disclosures, ResearchPseudonyms pseudonyms,
    TimeProvider clock, ResearchExtract extract, ResearchProject project, int attempt)
{
    public async Task<AttemptEnd> RunAsync(CancellationToken cancellationToken)
    {
        var (plan, total) = await CountAsync(cancellationToken);
        await extracts.ProgressAsync(extract.ExtractId, attempt, 0, total, cancellationToken);

        var csv = new ExtractCsv(project.Fields);
        var writer = new ExtractChunkWriter(extracts, disclosures, clock, extract, project, attempt);
        writer.Write(csv.HeaderLine);
        var written = new Dictionary<ExtractGroup, long>();
        long processed = 0, rows = 0, generalized = 0, dropped = 0;
        await foreach (var person in CohortMemberPages.ReadAsync(source, project.Cohorts, cancellationToken))
        {
            processed++;
            var key = QuasiIdentifier.Of(person.Member);
            var decision = plan.Decide(key);
            if (decision.Fate == RowFate.Drop)
            {
                dropped++;
                continue;
            }

            var group = decision.GroupOf(key);
            written[group] = written.GetValueOrDefault(group) + 1;
            rows++;
            generalized += decision.Fate == RowFate.Generalize ? 1 : 0;
            var pseudonym = pseudonyms.For(project.ProjectId, person.PersonId);
            writer.Write(csv.RowLine(pseudonym, decision.BirthYearCell(key.BirthYear), person.Member), person.PersonId);
            if (writer.IsFull && !await writer.FlushAsync(processed, total, cancellationToken))
            {
                return AttemptEnd.Superseded;
            }
        }

        if (written.Values.Any(count => count < KAnonymity.K))
        {
            return AttemptEnd.GroupsShrank;
        }

        if (!await writer.FlushAsync(processed, total, cancellationToken))
        {
            return AttemptEnd.Superseded;
        }

        var summary = new ExtractSummary(rows, generalized, dropped, writer.Bytes);
        return await extracts.CompleteAsync(extract.ExtractId, attempt, summary, clock.GetUtcNow(), cancellationToken)
            ? AttemptEnd.Completed
            : AttemptEnd.Superseded;
    }

    /// <summary>Pass 1: members per exact quasi-identifier, the plan they make, and how many members there are.</summary>
    private async Task<(KAnonymityPlan Plan, long Total)> CountAsync(CancellationToken cancellationToken)
    {
        var counts = new Dictionary<QuasiIdentifier, long>();
        long total = 0;
        await foreach (var person in CohortMemberPages.ReadAsync(source, project.Cohorts, cancellationToken))
        {
            var key = QuasiIdentifier.Of(person.Member);
            counts[key] = counts.GetValueOrDefault(key) + 1;
            total++;
        }

        return (KAnonymity.Plan(counts), total);
    }
}
