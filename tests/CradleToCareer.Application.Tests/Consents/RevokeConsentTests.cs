using CradleToCareer.Application.Consents;

namespace CradleToCareer.Application.Tests.Consents;

/// <summary>Revoking a consent below HTTP, before and after a merge.</summary>
public sealed class RevokeConsentTests
{
    [Fact]
    public async Task A_consent_id_the_student_does_not_hold_is_not_found()
    {
        var scene = await ConsentScene.CreateAsync();
        var othersConsent = scene.Book.Hold(ConsentScene.MergedAway, ConsentScene.College);

        Assert.False(await Revoke(scene).RunAsync(ConsentScene.Student, "c_unknown", CancellationToken.None));
        Assert.False(await Revoke(scene).RunAsync(ConsentScene.Student, othersConsent.ConsentId, CancellationToken.None));
        Assert.Null(scene.Book.Find(othersConsent.ConsentId)!.RevokedAt);
    }

    [Fact]
    public async Task A_person_id_nobody_has_is_not_found()
    {
        var scene = await ConsentScene.CreateAsync();
        scene.Book.AddStudent(ConsentScene.Nobody);
        var consent = scene.Book.Hold(ConsentScene.Nobody, ConsentScene.College);

        Assert.False(await Revoke(scene).RunAsync(ConsentScene.Nobody, consent.ConsentId, CancellationToken.None));
        Assert.Null(scene.Book.Find(consent.ConsentId)!.RevokedAt);
    }

    [Fact]
    public async Task The_survivors_consent_is_revoked()
    {
        var scene = await ConsentScene.CreateAsync();
        var consent = scene.Book.Hold(ConsentScene.Student, ConsentScene.College);

        Assert.True(await Revoke(scene).RunAsync(ConsentScene.MergedAway, consent.ConsentId, CancellationToken.None));
        Assert.NotNull(scene.Book.Find(consent.ConsentId)!.RevokedAt);
    }

    [Fact]
    public async Task A_consent_granted_on_an_id_before_it_was_merged_away_is_revoked_through_that_id()
    {
        var scene = await ConsentScene.CreateAsync();
        var consent = scene.Book.Hold(ConsentScene.MergedAway, ConsentScene.College);

        Assert.True(await Revoke(scene).RunAsync(ConsentScene.MergedAway, consent.ConsentId, CancellationToken.None));
        Assert.NotNull(scene.Book.Find(consent.ConsentId)!.RevokedAt);
    }

    private static RevokeConsent Revoke(ConsentScene scene) => new(scene.Identity, scene.Book);
}
