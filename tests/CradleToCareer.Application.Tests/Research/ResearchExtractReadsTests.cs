using System.Text;
using CradleToCareer.Application.Research;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Application.Tests.Research;

/// <summary>Reading where an extract stands and taking its file: who may, and when there is a file to take.</summary>
public sealed class ResearchExtractReadsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_researcher_of_the_organization_and_an_admin_read_an_extract_others_do_not()
    {
        var (scene, extract) = await SceneWithExtractAsync();
        var read = scene.ReadExtract();

        Assert.Equal(extract, Assert.IsType<ExtractLookup.Found>(await read.FindAsync(ResearchScene.Researcher, ResearchScene.ProjectId, extract.ExtractId, None)).Extract);
        Assert.IsType<ExtractLookup.Found>(await read.FindAsync(ResearchScene.Admin, ResearchScene.ProjectId, extract.ExtractId, None));
        Assert.IsType<ExtractLookup.NotFound>(await read.FindAsync(ResearchScene.OtherResearcher, ResearchScene.ProjectId, extract.ExtractId, None));
        Assert.IsType<ExtractLookup.Forbidden>(await read.FindAsync(ResearchScene.Advisor, ResearchScene.ProjectId, extract.ExtractId, None));
    }

    [Theory]
    [InlineData("other-study", null)]
    [InlineData(ResearchScene.ProjectId, "x_00000000000000000000000000000000")]
    [InlineData(ResearchScene.ProjectId, "not-an-extract-id")]
    public async Task An_extract_asked_for_under_another_project_or_an_unknown_id_is_not_found(string projectId, string? extractId)
    {
        var (scene, extract) = await SceneWithExtractAsync();

        Assert.IsType<ExtractLookup.NotFound>(
            await scene.ReadExtract().FindAsync(ResearchScene.Researcher, projectId, extractId ?? extract.ExtractId, None));
    }

    [Fact]
    public async Task A_projects_extracts_are_listed_to_those_who_see_the_project()
    {
        var (scene, extract) = await SceneWithExtractAsync();
        var read = scene.ReadExtract();

        Assert.Equal([extract], Assert.IsType<ExtractListing.Listed>(await read.ListAsync(ResearchScene.Researcher, ResearchScene.ProjectId, None)).Extracts);
        Assert.IsType<ExtractListing.NotFound>(await read.ListAsync(ResearchScene.OtherResearcher, ResearchScene.ProjectId, None));
        Assert.IsType<ExtractListing.Forbidden>(await read.ListAsync(ResearchScene.Advisor, ResearchScene.ProjectId, None));
    }

    [Fact]
    public async Task The_file_of_a_ready_extract_is_given_to_a_researcher_of_the_organization_chunk_by_chunk()
    {
        var (scene, extract) = await SceneWithExtractAsync();
        scene.AddPeople("a", 11, ResearchScene.Member(2007));
        await scene.Job().RunAsync(extract.ExtractId, None);

        var download = await scene.Download().RunAsync(ResearchScene.Researcher, ResearchScene.ProjectId, extract.ExtractId, None);

        var file = Assert.IsType<ExtractDownload.File>(download);
        var bytes = new List<byte>();
        await foreach (var chunk in file.Chunks)
        {
            bytes.AddRange(chunk.ToArray());
        }

        Assert.Equal(scene.Extracts.FileOf(extract.ExtractId), Encoding.UTF8.GetString([.. bytes]));
        Assert.Equal(12, scene.Extracts.FileOf(extract.ExtractId).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task An_extract_not_ready_has_no_file()
    {
        var (scene, extract) = await SceneWithExtractAsync();

        Assert.Equal(extract, Assert.IsType<ExtractDownload.NotReady>(
            await scene.Download().RunAsync(ResearchScene.Researcher, ResearchScene.ProjectId, extract.ExtractId, None)).Extract);
    }

    [Fact]
    public async Task Only_a_researcher_of_the_organization_takes_the_file_not_an_admin_nor_another_organization()
    {
        var (scene, extract) = await SceneWithExtractAsync();
        await scene.Job().RunAsync(extract.ExtractId, None);
        var download = scene.Download();

        Assert.IsType<ExtractDownload.Forbidden>(await download.RunAsync(ResearchScene.Admin, ResearchScene.ProjectId, extract.ExtractId, None));
        Assert.IsType<ExtractDownload.Forbidden>(await download.RunAsync(ResearchScene.Advisor, ResearchScene.ProjectId, extract.ExtractId, None));
        Assert.IsType<ExtractDownload.NotFound>(await download.RunAsync(ResearchScene.OtherResearcher, ResearchScene.ProjectId, extract.ExtractId, None));
        Assert.IsType<ExtractDownload.File>(await download.RunAsync(ResearchScene.Researcher, ResearchScene.ProjectId, extract.ExtractId, None));
    }

    [Fact]
    public async Task Once_the_project_has_expired_even_a_ready_file_no_longer_leaves()
    {
        var (scene, extract) = await SceneWithExtractAsync();
        await scene.Job().RunAsync(extract.ExtractId, None);

        scene.Clock.Advance(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero) - scene.Clock.GetUtcNow());

        Assert.IsType<ExtractDownload.ProjectExpired>(
            await scene.Download().RunAsync(ResearchScene.Researcher, ResearchScene.ProjectId, extract.ExtractId, None));
    }

    private static async Task<(ResearchScene Scene, ResearchExtract Extract)> SceneWithExtractAsync()
    {
        var scene = await ResearchScene.CreateAsync();
        return (scene, await scene.QueueExtractAsync());
    }
}
