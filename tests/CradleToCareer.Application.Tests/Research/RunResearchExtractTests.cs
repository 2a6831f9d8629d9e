using System.Text;
using CradleToCareer.Application.Research;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Application.Tests.Research;

/// <summary>The extract job end to end on in-test ports: what it writes, whom it records, and how it starts over or stops.</summary>
public sealed class RunResearchExtractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Kept_and_generalized_rows_are_written_and_dropped_members_are_only_counted()
    {
        var scene = await ResearchScene.CreateAsync();
        var kept = scene.AddPeople("a", 12, ResearchScene.Member(2007));
        var banded = scene.AddPeople("b", 6, ResearchScene.Member(2005, "M")).Concat(scene.AddPeople("c", 5, ResearchScene.Member(2006, "M"))).ToList();
        scene.AddPeople("d", 3, ResearchScene.Member(2010, "X"));
        scene.AddPeople("e", 2, ResearchScene.Member(null, institutionId: ResearchScene.OtherSchool));
        var extract = await scene.QueueExtractAsync();

        await scene.Job().RunAsync(extract.ExtractId, None);

        var done = (await scene.Extracts.FindAsync(extract.ExtractId, None))!;
        var file = scene.Extracts.FileOf(extract.ExtractId);
        Assert.Equal(ExtractStatus.Ready, done.Status);
        Assert.Equal(new ExtractSummary(23, 11, 5, Encoding.UTF8.GetByteCount(file)), done.Summary);
        var rows = Rows(file);
        Assert.Equal(new ExtractCsv(ResearchFields.All).HeaderLine, rows[0] + "\r\n");
        Assert.Equal(12, rows.Count(r => r.Split(',')[1] == "2007"));
        Assert.Equal(11, rows.Count(r => r.Split(',')[1] == "2005-2009"));
        Assert.Equal(
            kept.Concat(banded).Select(p => scene.Pseudonyms.For(ResearchScene.ProjectId, p)).Order(StringComparer.Ordinal),
            rows.Skip(1).Select(r => r.Split(',')[0]).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("p_", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exactly_the_included_people_have_the_extract_in_their_disclosure_record()
    {
        var scene = await ResearchScene.CreateAsync();
        var kept = scene.AddPeople("a", 11, ResearchScene.Member(2007));
        scene.AddPeople("d", 10, ResearchScene.Member(2010, "X"));
        scene.AddPeople("e", 4, ResearchScene.Member(null));
        var extract = await scene.QueueExtractAsync();

        await scene.Job().RunAsync(extract.ExtractId, None);

        Assert.Equal(kept, scene.Disclosures.Appended.Select(d => d.PersonId));
        var disclosure = scene.Disclosures.Appended[0];
        Assert.Equal(("cl_researcher", ResearchScene.University, "research", "research-project:equity-study"),
            (disclosure.ClientId, disclosure.OrganizationId, disclosure.Scope, disclosure.ConsentId));
        Assert.Equal($"Who goes on to college (research project equity-study, extract {extract.ExtractId})", disclosure.Purpose);
        Assert.Equal(scene.Clock.GetUtcNow(), disclosure.DisclosedAt);
        Assert.Equal(new ExtractSummary(11, 0, 14, scene.Extracts.ChunksOf(extract.ExtractId)[0].Length),
            (await scene.Extracts.FindAsync(extract.ExtractId, None))!.Summary);
    }

    [Fact]
    public async Task A_large_extract_is_written_in_ordered_chunks_each_after_the_disclosures_of_its_people()
    {
        var scene = await ResearchScene.CreateAsync();
        var people = scene.AddPeople("a", 5_000, ResearchScene.Member(2007));
        var personOf = people.ToDictionary(p => scene.Pseudonyms.For(ResearchScene.ProjectId, p));
        var extract = await scene.QueueExtractAsync();

        await scene.Job().RunAsync(extract.ExtractId, None);

        var chunks = scene.Extracts.ChunksOf(extract.ExtractId);
        Assert.True(chunks.Count >= 3, $"{chunks.Count} chunks");
        Assert.All(chunks.SkipLast(1), chunk => Assert.InRange(chunk.Length, 256 * 1024, 300 * 1024));
        Assert.All(chunks, chunk => Assert.EndsWith("\r\n", Encoding.UTF8.GetString(chunk), StringComparison.Ordinal));
        for (var sequence = 0; sequence < chunks.Count; sequence++)
        {
            var inChunk = Rows(Encoding.UTF8.GetString(chunks[sequence])).Skip(sequence == 0 ? 1 : 0).Select(r => personOf[r.Split(',')[0]]);
            Assert.Equal(inChunk, DisclosedRightBefore(scene.Log, $"chunk {sequence}"));
        }

        Assert.Equal(people.Count, scene.Disclosures.Appended.Count);
        Assert.Equal(5_000, Rows(scene.Extracts.FileOf(extract.ExtractId)).Length - 1);
    }

    [Fact]
    public async Task Progress_is_reported_once_counted_and_after_every_chunk()
    {
        var scene = await ResearchScene.CreateAsync();
        scene.AddPeople("a", 5_000, ResearchScene.Member(2007));
        var extract = await scene.QueueExtractAsync();

        await scene.Job().RunAsync(extract.ExtractId, None);

        var chunks = scene.Extracts.ChunksOf(extract.ExtractId).Count;
        Assert.Equal(chunks + 1, scene.Extracts.Progress.Count);
        Assert.Equal((0L, (long?)5_000), scene.Extracts.Progress[0]);
        Assert.Equal((5_000L, (long?)5_000), scene.Extracts.Progress[^1]);
        Assert.True(scene.Extracts.Progress.Select(p => p.Processed).SequenceEqual(scene.Extracts.Progress.Select(p => p.Processed).Order()));
        Assert.Equal(["progress 5000/5000", "complete"], scene.Log[^2..]);
    }

    [Fact]
    public async Task The_job_reads_members_in_pages_of_at_most_1000_and_never_asks_for_more()
    {
        var scene = await ResearchScene.CreateAsync();
        scene.AddPeople("a", 2_500, ResearchScene.Member(2007));
        scene.AddPeople("b", 20, ResearchScene.Member(2008, institutionId: ResearchScene.OtherSchool));
        var extract = await scene.QueueExtractAsync();

        await scene.Job().RunAsync(extract.ExtractId, None);

        Assert.Equal(1_000, scene.Members.LargestPageAsked);
        Assert.Equal(2 * ((3 + 1) + (1 + 1)), scene.Members.PagesAsked);
        Assert.Equal(2_520, (await scene.Extracts.FindAsync(extract.ExtractId, None))!.Summary!.Rows);
    }

    [Fact]
    public async Task An_attempt_overtaken_by_a_newer_one_stops_without_completing_or_failing()
    {
        var scene = await ResearchScene.CreateAsync();
        scene.AddPeople("a", 5_000, ResearchScene.Member(2007));
        var extract = await scene.QueueExtractAsync();
        scene.Extracts.AfterChunk = (extractId, sequence) => scene.Extracts.Overtake(extractId);

        await scene.Job().RunAsync(extract.ExtractId, None);

        Assert.Equal(1, scene.Extracts.Starts);
        Assert.Single(scene.Log, entry => entry.StartsWith("chunk", StringComparison.Ordinal));
        Assert.DoesNotContain("complete", scene.Log);
        Assert.DoesNotContain("fail", scene.Log);
        Assert.Equal(DisclosedRightBefore(scene.Log, "chunk 0"), scene.Disclosures.Appended.Select(d => d.PersonId));
        Assert.Equal(ExtractStatus.Running, (await scene.Extracts.FindAsync(extract.ExtractId, None))!.Status);
    }

    [Fact]
    public async Task A_group_that_shrinks_below_11_between_the_passes_starts_the_file_over()
    {
        var scene = await ResearchScene.CreateAsync();
        var people = scene.AddPeople("a", 11, ResearchScene.Member(2007));
        scene.Members.OnInstitutionsAsked = asked =>
        {
            if (asked == 2)
            {
                scene.Members.Remove(people[0]);
            }
        };
        var extract = await scene.QueueExtractAsync();

        await scene.Job().RunAsync(extract.ExtractId, None);

        var done = (await scene.Extracts.FindAsync(extract.ExtractId, None))!;
        Assert.Equal(2, scene.Extracts.Starts);
        Assert.Equal((ExtractStatus.Ready, 2), (done.Status, done.Attempt));
        Assert.Equal(new ExtractSummary(0, 0, 10, Encoding.UTF8.GetByteCount(new ExtractCsv(ResearchFields.All).HeaderLine)), done.Summary);
        Assert.Empty(scene.Disclosures.Appended);
        Assert.Equal(["start 1", "progress 0/11", "start 2", "progress 0/10", "chunk 0", "progress 10/10", "complete"], scene.Log);
    }

    [Fact]
    public async Task Groups_that_keep_shrinking_fail_the_extract_after_three_attempts()
    {
        var scene = await ResearchScene.CreateAsync();
        var people = scene.AddPeople("a", 11, ResearchScene.Member(2007));
        scene.Members.OnInstitutionsAsked = asked =>
        {
            if (asked % 2 == 0)
            {
                scene.Members.Remove(people[0]);
            }
            else
            {
                scene.Members.Add(people[0], ResearchScene.Member(2007));
            }
        };
        var extract = await scene.QueueExtractAsync();

        await scene.Job().RunAsync(extract.ExtractId, None);

        var failed = (await scene.Extracts.FindAsync(extract.ExtractId, None))!;
        Assert.Equal(RunResearchExtract.MaxAttempts, scene.Extracts.Starts);
        Assert.Equal((ExtractStatus.Failed, RunResearchExtract.CohortsKeptChanging), (failed.Status, failed.Failure));
        Assert.Empty(scene.Disclosures.Appended);
        Assert.Empty(scene.Extracts.ChunksOf(extract.ExtractId));
    }

    [Fact]
    public async Task A_member_who_joins_between_the_passes_in_a_group_never_counted_is_dropped()
    {
        var scene = await ResearchScene.CreateAsync();
        scene.AddPeople("a", 11, ResearchScene.Member(2007));
        scene.Members.OnInstitutionsAsked = asked =>
        {
            if (asked == 2)
            {
                scene.Members.Add("p_newcomer", ResearchScene.Member(1999, "M"));
            }
        };
        var extract = await scene.QueueExtractAsync();

        await scene.Job().RunAsync(extract.ExtractId, None);

        var done = (await scene.Extracts.FindAsync(extract.ExtractId, None))!;
        Assert.Equal((11L, 1L), (done.Summary!.Rows, done.Summary.Dropped));
        Assert.DoesNotContain(scene.Disclosures.Appended, d => d.PersonId == "p_newcomer");
    }

    [Fact]
    public async Task An_empty_cohort_gives_a_ready_file_with_only_its_header()
    {
        var scene = await ResearchScene.CreateAsync(fields: []);
        var extract = await scene.QueueExtractAsync();

        await scene.Job().RunAsync(extract.ExtractId, None);

        Assert.Equal("pseudonym,birth_year,sex,cohort,institution_id\r\n", scene.Extracts.FileOf(extract.ExtractId));
        Assert.Equal(new ExtractSummary(0, 0, 0, 48), (await scene.Extracts.FindAsync(extract.ExtractId, None))!.Summary);
    }

    [Fact]
    public async Task A_finished_extract_is_not_run_again()
    {
        var scene = await ResearchScene.CreateAsync();
        scene.AddPeople("a", 11, ResearchScene.Member(2007));
        var extract = await scene.QueueExtractAsync();
        await scene.Job().RunAsync(extract.ExtractId, None);
        var listsAsked = scene.Members.InstitutionListsAsked;

        await scene.Job().RunAsync(extract.ExtractId, None);
        await scene.Job().RunAsync("x_00000000000000000000000000000000", None);

        Assert.Equal(listsAsked, scene.Members.InstitutionListsAsked);
        Assert.Equal(1, scene.Extracts.Starts);
    }

    [Fact]
    public async Task An_extract_whose_project_is_gone_fails_with_a_plain_reason()
    {
        var scene = await ResearchScene.CreateAsync();
        var extract = await scene.QueueExtractAsync();
        var orphan = extract with { ExtractId = ResearchExtractIds.New(), ProjectId = "gone" };
        await scene.Extracts.AddAsync(orphan, None);

        await scene.Job().RunAsync(orphan.ExtractId, None);

        var failed = (await scene.Extracts.FindAsync(orphan.ExtractId, None))!;
        Assert.Equal((ExtractStatus.Failed, RunResearchExtract.ProjectMissing), (failed.Status, failed.Failure));
    }

    [Fact]
    public async Task An_exception_fails_nothing_and_propagates_to_the_runner()
    {
        var scene = await ResearchScene.CreateAsync();
        scene.AddPeople("a", 11, ResearchScene.Member(2007));
        scene.Members.OnInstitutionsAsked = asked => throw new TimeoutException("The institution did not answer.");
        var extract = await scene.QueueExtractAsync();

        await Assert.ThrowsAsync<TimeoutException>(() => scene.Job().RunAsync(extract.ExtractId, None));

        Assert.Equal(ExtractStatus.Running, (await scene.Extracts.FindAsync(extract.ExtractId, None))!.Status);
        Assert.DoesNotContain("fail", scene.Log);
    }

    private static string[] Rows(string file)
    {
        Assert.EndsWith("\r\n", file, StringComparison.Ordinal);
        return file[..^2].Split("\r\n");
    }

    /// <summary>The people disclosed between the log entry before them and <paramref name="entry"/>, in order.</summary>
    private static IEnumerable<string> DisclosedRightBefore(List<string> log, string entry)
    {
        var at = log.IndexOf(entry);
        Assert.True(at >= 0, $"no '{entry}' in the log");
        return log.Take(at).Reverse().TakeWhile(e => e.StartsWith("disclose ", StringComparison.Ordinal)).Reverse().Select(e => e["disclose ".Length..]);
    }
}
