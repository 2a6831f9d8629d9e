using System.Text;
using CradleToCareer.Application.Research;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Storage.Tests.Research;

/// <summary>
/// What every research project and extract store does, PostgreSQL and the embedded default alike: projects kept once,
/// and extracts whose job moves queued, running, ready or failed (the file's chunks in <c>.Files</c>).
/// </summary>
public abstract partial class ResearchStoreContract : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    protected static readonly DateTimeOffset Start = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    private (IResearchProjectStore Projects, IResearchExtractStore Extracts)? _stores;

    protected IResearchProjectStore Projects => _stores!.Value.Projects;

    protected IResearchExtractStore Extracts => _stores!.Value.Extracts;

    protected abstract Task<(IResearchProjectStore Projects, IResearchExtractStore Extracts)> CreateAsync();

    /// <summary>How many chunks the backend keeps for the extract, whatever its status.</summary>
    protected abstract Task<long> ChunksKeptAsync(string extractId);

    public async Task InitializeAsync() => _stores = await CreateAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_taken_project_id_is_refused_and_the_first_project_kept()
    {
        var first = Project("ca-grad-2027", "org_a");

        Assert.True(await Projects.AddAsync(first, None));
        Assert.False(await Projects.AddAsync(first with { Title = "Another", OrganizationId = "org_b", Cohorts = ["k12:2030"] }, None));
        var found = await Projects.FindAsync(first.ProjectId, None);

        Assert.NotNull(found);
        Assert.Equal(first.Cohorts, found.Cohorts);
        Assert.Equal(first.Fields, found.Fields);
        Assert.Equal(first with { Cohorts = found.Cohorts, Fields = found.Fields }, found);
        Assert.Null(await Projects.FindAsync("no-such-project", None));
        Assert.Equal([first.ProjectId], (await Projects.ListAsync(null, None)).Select(project => project.ProjectId));
    }

    [Fact]
    public async Task Projects_list_by_organization_in_id_order()
    {
        foreach (var (id, organization) in new[] { ("b-2", "org_a"), ("c", "org_b"), ("a_3", "org_a"), ("A.1", "org_a") })
        {
            Assert.True(await Projects.AddAsync(Project(id, organization), None));
        }

        Assert.Equal(["A.1", "a_3", "b-2"], (await Projects.ListAsync("org_a", None)).Select(project => project.ProjectId));
        Assert.Equal(["c"], (await Projects.ListAsync("org_b", None)).Select(project => project.ProjectId));
        Assert.Equal(["A.1", "a_3", "b-2", "c"], (await Projects.ListAsync(null, None)).Select(project => project.ProjectId));
        Assert.Empty(await Projects.ListAsync("org_z", None));
    }

    [Fact]
    public async Task An_extract_goes_from_queued_through_running_to_ready_with_its_summary()
    {
        await Projects.AddAsync(Project("p-life", "org_a"), None);
        var extract = Extract(1, "p-life", 0);
        await Extracts.AddAsync(extract, None);
        var queued = await Extracts.FindAsync(extract.ExtractId, None);

        var attempt = await Extracts.StartAsync(extract.ExtractId, None);
        var running = await Extracts.FindAsync(extract.ExtractId, None);
        await Extracts.ProgressAsync(extract.ExtractId, 1, 40, 100, None);
        Assert.True(await Extracts.AppendChunkAsync(extract.ExtractId, 1, 0, Encoding.UTF8.GetBytes("a,b\n"), None));
        var summary = new ExtractSummary(80, 7, 3, 4);
        Assert.True(await Extracts.CompleteAsync(extract.ExtractId, 1, summary, Start.AddHours(1), None));
        var ready = await Extracts.FindAsync(extract.ExtractId, None);

        Assert.Equal(extract, queued);
        Assert.Equal(1, attempt);
        Assert.Equal(extract with { Status = ExtractStatus.Running, Attempt = 1 }, running);
        Assert.Equal(
            extract with { Status = ExtractStatus.Ready, Attempt = 1, Processed = 40, Total = 100, Summary = summary, FinishedAt = Start.AddHours(1) },
            ready);
        Assert.False(await Extracts.CompleteAsync(extract.ExtractId, 1, summary with { Rows = 1 }, Start.AddHours(2), None));
        Assert.False(await Extracts.AppendChunkAsync(extract.ExtractId, 1, 1, new byte[] { 1 }, None));
        await Extracts.ProgressAsync(extract.ExtractId, 1, 99, 99, None);
        Assert.Equal(ready, await Extracts.FindAsync(extract.ExtractId, None));
        Assert.Empty(await Extracts.UnfinishedAsync(None));
    }

    [Fact]
    public async Task Unfinished_extracts_come_oldest_first_and_a_project_lists_its_own_newest_first()
    {
        await Projects.AddAsync(Project("p-list", "org_a"), None);
        await Projects.AddAsync(Project("p-other", "org_a"), None);
        var (late, early, middle, last) = (Extract(1, "p-list", 2), Extract(2, "p-list", 0), Extract(3, "p-list", 1), Extract(4, "p-list", 3));
        foreach (var extract in new[] { late, early, middle, last, Extract(5, "p-other", -1) })
        {
            await Extracts.AddAsync(extract, None);
        }

        Assert.Equal(1, await Extracts.StartAsync(middle.ExtractId, None));
        Assert.Equal(1, await Extracts.StartAsync(last.ExtractId, None));
        Assert.True(await Extracts.CompleteAsync(last.ExtractId, 1, new ExtractSummary(0, 0, 0, 0), Start.AddHours(1), None));
        Assert.True(await Extracts.FailAsync(late.ExtractId, 0, "The project expired.", Start.AddHours(1), None));

        Assert.Equal([Extract(5, "p-other", -1).ExtractId, early.ExtractId, middle.ExtractId], await Extracts.UnfinishedAsync(None));
        Assert.Equal(
            [last.ExtractId, late.ExtractId, middle.ExtractId, early.ExtractId],
            (await Extracts.ListAsync("p-list", None)).Select(extract => extract.ExtractId));
        Assert.Empty(await Extracts.ListAsync("p-none", None));
    }

    [Fact]
    public async Task A_finished_or_missing_extract_cannot_be_started()
    {
        await Projects.AddAsync(Project("p-done", "org_a"), None);
        var (ready, failed) = (Extract(1, "p-done", 0), Extract(2, "p-done", 1));
        await Extracts.AddAsync(ready, None);
        await Extracts.AddAsync(failed, None);
        await Extracts.StartAsync(ready.ExtractId, None);
        await Extracts.CompleteAsync(ready.ExtractId, 1, new ExtractSummary(1, 0, 0, 1), Start.AddHours(1), None);
        await Extracts.StartAsync(failed.ExtractId, None);
        await Extracts.FailAsync(failed.ExtractId, 1, "Stopped.", Start.AddHours(1), None);
        var before = (await Extracts.FindAsync(ready.ExtractId, None), await Extracts.FindAsync(failed.ExtractId, None));

        Assert.Null(await Extracts.StartAsync(ready.ExtractId, None));
        Assert.Null(await Extracts.StartAsync(failed.ExtractId, None));
        Assert.Null(await Extracts.StartAsync("x_" + new string('f', 32), None));
        Assert.Equal(before, (await Extracts.FindAsync(ready.ExtractId, None), await Extracts.FindAsync(failed.ExtractId, None)));
        Assert.False(await Extracts.FailAsync(ready.ExtractId, 1, "Late.", Start.AddHours(2), None));
        Assert.Null(await Extracts.FindAsync("x_" + new string('f', 32), None));
    }

    [Fact]
    public async Task An_extract_under_no_kept_project_is_refused()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => Extracts.AddAsync(Extract(1, "no-such-project", 0), None));

        Assert.Empty(await Extracts.UnfinishedAsync(None));
    }

    protected static ResearchProject Project(string projectId, string organizationId) => new(
        projectId, "Graduation to wages, " + projectId, organizationId, "Whether dual enrollment shortens time to a degree.",
        ["hs-grad:2027", "cc-entry:2027"], [ResearchFields.Milestones, ResearchFields.WageBand], Start.AddYears(1),
        "DUA-2027-014", "cl_admin", Start.AddDays(-3));

    private static ResearchExtract Extract(int number, string projectId, int minutes) => new(
        $"x_{number:x32}", projectId, "org_a", "cl_researcher", Start.AddMinutes(minutes), ExtractStatus.Queued, 0, 0, null, null, null, null);
}
