using CradleToCareer.Application.Research;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Application.Tests.Research;

/// <summary>A researcher asking for an extract: who may, under which project, and what is kept before the job starts.</summary>
public sealed class RequestResearchExtractTests
{
    [Fact]
    public async Task A_researcher_of_the_projects_organization_gets_a_queued_extract_whose_job_is_started()
    {
        var scene = await ResearchScene.CreateAsync();

        var outcome = await scene.Request().RunAsync(ResearchScene.Researcher, ResearchScene.ProjectId, CancellationToken.None);

        var extract = Assert.IsType<ExtractRequestOutcome.Requested>(outcome).Extract;
        Assert.Matches("^x_[0-9a-f]{32}$", extract.ExtractId);
        Assert.Equal(
            (ResearchScene.ProjectId, ResearchScene.University, "cl_researcher", scene.Clock.GetUtcNow(), ExtractStatus.Queued, 0),
            (extract.ProjectId, extract.OrganizationId, extract.RequestedBy, extract.RequestedAt, extract.Status, extract.Attempt));
        Assert.Equal(extract, await scene.Extracts.FindAsync(extract.ExtractId, CancellationToken.None));
        Assert.Equal([extract.ExtractId], scene.Jobs.Started);
    }

    [Fact]
    public async Task Another_organizations_researcher_finds_no_such_project_and_nothing_is_kept()
    {
        var scene = await ResearchScene.CreateAsync();

        var outcome = await scene.Request().RunAsync(ResearchScene.OtherResearcher, ResearchScene.ProjectId, CancellationToken.None);

        Assert.IsType<ExtractRequestOutcome.NotFound>(outcome);
        Assert.Empty(await scene.Extracts.ListAsync(ResearchScene.ProjectId, CancellationToken.None));
        Assert.Empty(scene.Jobs.Started);
    }

    [Fact]
    public async Task A_project_that_does_not_exist_is_not_found()
    {
        var scene = await ResearchScene.CreateAsync();

        Assert.IsType<ExtractRequestOutcome.NotFound>(
            await scene.Request().RunAsync(ResearchScene.Researcher, "no-such-study", CancellationToken.None));
    }

    [Fact]
    public async Task Only_a_researcher_asks_even_an_admin_or_a_colleague_of_the_organization_is_refused()
    {
        var scene = await ResearchScene.CreateAsync();

        Assert.IsType<ExtractRequestOutcome.Forbidden>(await scene.Request().RunAsync(ResearchScene.Admin, ResearchScene.ProjectId, CancellationToken.None));
        Assert.IsType<ExtractRequestOutcome.Forbidden>(await scene.Request().RunAsync(ResearchScene.Advisor, ResearchScene.ProjectId, CancellationToken.None));
        Assert.Empty(scene.Jobs.Started);
    }

    [Fact]
    public async Task From_its_expiry_on_a_project_takes_no_more_requests()
    {
        var expiresAt = new DateTimeOffset(2026, 3, 1, 12, 0, 1, TimeSpan.Zero);
        var scene = await ResearchScene.CreateAsync(expiresAt: expiresAt);
        Assert.IsType<ExtractRequestOutcome.Requested>(await scene.Request().RunAsync(ResearchScene.Researcher, ResearchScene.ProjectId, CancellationToken.None));

        scene.Clock.Advance(TimeSpan.FromSeconds(1));
        var outcome = await scene.Request().RunAsync(ResearchScene.Researcher, ResearchScene.ProjectId, CancellationToken.None);

        Assert.Equal(ResearchScene.ProjectId, Assert.IsType<ExtractRequestOutcome.ProjectExpired>(outcome).Project.ProjectId);
        Assert.Single(scene.Jobs.Started);
    }

    [Fact]
    public async Task An_extract_whose_job_cannot_be_started_now_is_kept_queued_for_later()
    {
        var scene = await ResearchScene.CreateAsync();
        scene.Jobs.Down = true;

        var outcome = await scene.Request().RunAsync(ResearchScene.Researcher, ResearchScene.ProjectId, CancellationToken.None);

        var extract = Assert.IsType<ExtractRequestOutcome.Requested>(outcome).Extract;
        Assert.Equal([extract.ExtractId], await scene.Extracts.UnfinishedAsync(CancellationToken.None));
    }
}
