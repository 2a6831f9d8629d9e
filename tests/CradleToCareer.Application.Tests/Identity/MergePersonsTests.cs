using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.Tests.Identity;

/// <summary>A steward's merge below HTTP, on the in-memory identity store.</summary>
public sealed class MergePersonsTests
{
    private readonly StewardScene _scene = new();

    [Fact]
    public async Task A_merge_is_journaled_under_the_callers_client_id_and_both_profiles_are_refreshed()
    {
        var outcome = await _scene.Merge.RunAsync(StewardScene.Steward, StewardScene.First, StewardScene.Second, "  same SSID  ", CancellationToken.None);

        var request = Assert.IsType<MergePersonsOutcome.Merged>(outcome).Request;
        Assert.Equal(("cl_steward", "same SSID", _scene.Clock.GetUtcNow()), (request.StewardClientId, request.Reason, request.At));
        Assert.Equal(["cl_steward"], _scene.Store.Stewards);
        Assert.True(_scene.Journaled(request.MergeId));
        Assert.Equal(StewardScene.First, await _scene.Store.CanonicalAsync(StewardScene.Second, CancellationToken.None));
        Assert.Equal([StewardScene.First, StewardScene.Second], _scene.Profiles.Refreshed.Order());
    }

    [Fact]
    public async Task A_person_merged_into_itself_is_refused_by_the_merge_rules_and_nothing_is_journaled_or_refreshed()
    {
        var outcome = await _scene.Merge.RunAsync(StewardScene.Steward, StewardScene.First, StewardScene.First, "same", CancellationToken.None);

        var refused = Assert.IsType<MergePersonsOutcome.Refused>(outcome);
        Assert.Equal(MergeStatus.SamePerson, refused.Refusal.Status);
        Assert.False(_scene.Journaled(refused.Request.MergeId));
        Assert.Empty(_scene.Profiles.Refreshed);
    }

    [Theory]
    [InlineData(StewardScene.Nobody, StewardScene.Second, MergeStatus.SurvivorNotFound)]
    [InlineData(StewardScene.First, StewardScene.Nobody, MergeStatus.MergedNotFound)]
    [InlineData("not-a-person-id", StewardScene.Second, MergeStatus.SurvivorNotFound)]
    [InlineData(StewardScene.First, "not-a-person-id", MergeStatus.MergedNotFound)]
    public async Task A_person_id_nobody_has_is_refused_as_not_found(string survivorId, string mergedId, MergeStatus expected)
    {
        var outcome = await _scene.Merge.RunAsync(StewardScene.Steward, survivorId, mergedId, "same", CancellationToken.None);

        Assert.Equal(expected, Assert.IsType<MergePersonsOutcome.Refused>(outcome).Refusal.Status);
        Assert.Empty(_scene.Profiles.Refreshed);
    }

    [Fact]
    public async Task Missing_fields_are_field_errors_and_the_store_is_not_asked()
    {
        var outcome = await _scene.Merge.RunAsync(StewardScene.Steward, null, " ", null, CancellationToken.None);

        Assert.Equal(
            ["/survivorId", "/mergedId", "/reason"],
            Assert.IsType<MergePersonsOutcome.Invalid>(outcome).Errors.Select(error => error.Path));
        Assert.Empty(_scene.Store.Stewards);
    }
}
