using System.Text.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Application.Research;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Application.Tests.Research;

/// <summary>An admin approving a research project below HTTP: who may, what is checked beyond the body, what is kept.</summary>
public sealed class ApproveResearchProjectTests
{
    [Fact]
    public async Task An_admin_approves_a_project_kept_with_who_approved_it_and_when()
    {
        var scene = await ResearchScene.CreateAsync();

        var outcome = await scene.Approve().RunAsync(ResearchScene.Admin, Body(), CancellationToken.None);

        var project = Assert.IsType<ApprovalOutcome.Approved>(outcome).Project;
        Assert.Equal(("aid-study", "cl_admin", scene.Clock.GetUtcNow()), (project.ProjectId, project.ApprovedBy, project.ApprovedAt));
        Assert.Equal(project, await scene.Projects.FindAsync("aid-study", CancellationToken.None));
    }

    [Fact]
    public async Task Only_an_admin_approves()
    {
        var scene = await ResearchScene.CreateAsync();

        Assert.IsType<ApprovalOutcome.Forbidden>(await scene.Approve().RunAsync(ResearchScene.Researcher, Body(), CancellationToken.None));
        Assert.IsType<ApprovalOutcome.Forbidden>(await scene.Approve().RunAsync(ResearchScene.Advisor, Body(), CancellationToken.None));
        Assert.Null(await scene.Projects.FindAsync("aid-study", CancellationToken.None));
    }

    [Fact]
    public async Task An_unregistered_organization_is_an_error_at_organizationId_alongside_the_bodys_own()
    {
        var scene = await ResearchScene.CreateAsync();

        var outcome = await scene.Approve().RunAsync(ResearchScene.Admin, Body(organizationId: "org-unknown", title: ""), CancellationToken.None);

        Assert.Equal(["/title", "/organizationId"], Assert.IsType<ApprovalOutcome.Invalid>(outcome).Errors.Select(e => e.Path));
        Assert.Null(await scene.Projects.FindAsync("aid-study", CancellationToken.None));
    }

    [Fact]
    public async Task A_body_error_alone_is_invalid_and_nothing_is_kept()
    {
        var scene = await ResearchScene.CreateAsync();

        var outcome = await scene.Approve().RunAsync(ResearchScene.Admin, Body(title: ""), CancellationToken.None);

        Assert.Equal("/title", Assert.Single(Assert.IsType<ApprovalOutcome.Invalid>(outcome).Errors).Path);
        Assert.Null(await scene.Projects.FindAsync("aid-study", CancellationToken.None));
    }

    [Fact]
    public async Task A_taken_id_is_a_conflict_and_the_first_project_stays()
    {
        var scene = await ResearchScene.CreateAsync();
        var first = await scene.Projects.FindAsync(ResearchScene.ProjectId, CancellationToken.None);

        var outcome = await scene.Approve().RunAsync(ResearchScene.Admin, Body(id: ResearchScene.ProjectId), CancellationToken.None);

        Assert.Equal(ResearchScene.ProjectId, Assert.IsType<ApprovalOutcome.Conflict>(outcome).ProjectId);
        Assert.Same(first, await scene.Projects.FindAsync(ResearchScene.ProjectId, CancellationToken.None));
    }

    private static JsonElement Body(string id = "aid-study", string organizationId = ResearchScene.University, string title = "Aid study")
    {
        var body = new JsonObject
        {
            ["id"] = id,
            ["title"] = title,
            ["organizationId"] = organizationId,
            ["purpose"] = "Who applies for aid",
            ["cohorts"] = new JsonArray(ResearchScene.Cohort),
            ["fields"] = new JsonArray(ResearchFields.Milestones),
            ["expiresAt"] = "2027-01-01T00:00:00Z",
            ["agreement"] = "DUA-7",
        };
        return JsonDocument.Parse(body.ToJsonString()).RootElement.Clone();
    }
}
