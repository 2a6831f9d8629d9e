using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.Tests.Identity;

/// <summary>A steward's undo below HTTP, on the in-memory identity store.</summary>
public sealed class UndoMergeTests
{
    private readonly StewardScene _scene = new();

    [Fact]
    public async Task An_unknown_merge_is_not_found_and_nothing_is_refreshed()
    {
        var outcome = await _scene.Undo.RunAsync(StewardScene.Steward, "m_unknown", null, CancellationToken.None);

        Assert.Equal(UndoStatus.NotFound, outcome.Status);
        Assert.Empty(_scene.Profiles.Refreshed);
    }

    [Fact]
    public async Task An_undo_separates_the_persons_again_under_the_callers_client_id_and_refreshes_both()
    {
        var merged = await MergeAsync();
        _scene.Profiles.Refreshed.Clear();

        var outcome = await _scene.Undo.RunAsync(StewardScene.Steward with { ClientId = "cl_other_steward" }, merged.MergeId, " typo ", CancellationToken.None);

        Assert.Equal(new UndoOutcome(UndoStatus.Undone, StewardScene.First, StewardScene.Second), outcome);
        Assert.Equal("cl_other_steward", _scene.Store.Stewards[^1]);
        Assert.Equal(StewardScene.Second, await _scene.Store.CanonicalAsync(StewardScene.Second, CancellationToken.None));
        Assert.Equal([StewardScene.First, StewardScene.Second], _scene.Profiles.Refreshed.Order());
    }

    [Fact]
    public async Task A_second_undo_is_already_undone_and_refreshes_nothing()
    {
        var merged = await MergeAsync();
        await _scene.Undo.RunAsync(StewardScene.Steward, merged.MergeId, null, CancellationToken.None);
        _scene.Profiles.Refreshed.Clear();

        var outcome = await _scene.Undo.RunAsync(StewardScene.Steward, merged.MergeId, null, CancellationToken.None);

        Assert.Equal(UndoStatus.AlreadyUndone, outcome.Status);
        Assert.Empty(_scene.Profiles.Refreshed);
    }

    private async Task<MergeRequest> MergeAsync() =>
        Assert.IsType<MergePersonsOutcome.Merged>(
            await _scene.Merge.RunAsync(StewardScene.Steward, StewardScene.First, StewardScene.Second, "same", CancellationToken.None)).Request;
}
