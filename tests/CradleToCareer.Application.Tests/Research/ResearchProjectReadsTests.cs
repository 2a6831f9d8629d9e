using CradleToCareer.Application.Research;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Application.Tests.Research;

/// <summary>Listing and reading projects: an admin sees all, a researcher its organization's, other roles none.</summary>
public sealed class ResearchProjectReadsTests
{
    [Fact]
    public async Task An_admin_lists_every_project_and_a_researcher_only_its_organizations()
    {
        var scene = await SceneWithAnotherOrganizationsProjectAsync();
        var list = new ListResearchProjects(scene.Projects);

        Assert.Equal(["equity-study", "other-study"], Ids(await list.RunAsync(ResearchScene.Admin, CancellationToken.None)));
        Assert.Equal(["equity-study"], Ids(await list.RunAsync(ResearchScene.Researcher, CancellationToken.None)));
        Assert.Equal(["other-study"], Ids(await list.RunAsync(ResearchScene.OtherResearcher, CancellationToken.None)));
        Assert.IsType<ProjectListing.Forbidden>(await list.RunAsync(ResearchScene.Advisor, CancellationToken.None));
    }

    [Fact]
    public async Task Another_organizations_project_reads_to_a_researcher_as_not_found()
    {
        var scene = await SceneWithAnotherOrganizationsProjectAsync();
        var read = new ReadResearchProject(scene.Projects);

        Assert.IsType<ProjectLookup.Found>(await read.RunAsync(ResearchScene.Researcher, "equity-study", CancellationToken.None));
        Assert.IsType<ProjectLookup.NotFound>(await read.RunAsync(ResearchScene.Researcher, "other-study", CancellationToken.None));
        Assert.IsType<ProjectLookup.NotFound>(await read.RunAsync(ResearchScene.Researcher, "no-such-study", CancellationToken.None));
        Assert.IsType<ProjectLookup.Found>(await read.RunAsync(ResearchScene.Admin, "other-study", CancellationToken.None));
        Assert.IsType<ProjectLookup.Forbidden>(await read.RunAsync(ResearchScene.Advisor, "equity-study", CancellationToken.None));
    }

    private static async Task<ResearchScene> SceneWithAnotherOrganizationsProjectAsync()
    {
        var scene = await ResearchScene.CreateAsync();
        var mine = (await scene.Projects.FindAsync(ResearchScene.ProjectId, CancellationToken.None))!;
        await scene.Projects.AddAsync(mine with { ProjectId = "other-study", OrganizationId = ResearchScene.OtherOrganization }, CancellationToken.None);
        return scene;
    }

    private static IEnumerable<string> Ids(ProjectListing listing) =>
        Assert.IsType<ProjectListing.Listed>(listing).Projects.Select(p => p.ProjectId);
}
