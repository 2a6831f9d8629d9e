using CradleToCareer.Application.Consents;
using CradleToCareer.Domain.Consent;

namespace CradleToCareer.Application.Tests.Consents;

/// <summary>Granting a consent below HTTP: which person it lands on and what is refused before the student's record is asked.</summary>
public sealed class GrantConsentTests
{
    private static readonly Caller Portal = new("cl_portal", "org-portal", new HashSet<string> { "student-portal" });
    private static readonly ConsentTerms Terms = new(["progress"], "advising", new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), "student");

    [Fact]
    public async Task An_unregistered_recipient_is_a_field_error_and_the_students_record_is_not_asked()
    {
        var scene = await ConsentScene.CreateAsync();

        var outcome = await Grant(scene).RunAsync(Portal, ConsentScene.Student, "org-unknown", Terms, CancellationToken.None);

        var error = Assert.Single(Assert.IsType<GrantOutcome.Invalid>(outcome).Errors);
        Assert.Equal("/recipientOrgId", error.Path);
        Assert.Empty(scene.Book.GrantsAskedFor);
    }

    [Fact]
    public async Task A_missing_recipient_is_the_same_field_error()
    {
        var scene = await ConsentScene.CreateAsync();

        var outcome = await Grant(scene).RunAsync(Portal, ConsentScene.Student, null, Terms, CancellationToken.None);

        Assert.Equal("/recipientOrgId", Assert.Single(Assert.IsType<GrantOutcome.Invalid>(outcome).Errors).Path);
        Assert.Empty(scene.Book.GrantsAskedFor);
    }

    [Theory]
    [InlineData(ConsentScene.Nobody)]
    [InlineData("not-a-person-id")]
    public async Task A_person_id_nobody_has_is_not_found_before_the_recipient_is_checked(string personId)
    {
        var scene = await ConsentScene.CreateAsync();

        Assert.IsType<GrantOutcome.NotFound>(await Grant(scene).RunAsync(Portal, personId, "org-unknown", Terms, CancellationToken.None));
        Assert.Empty(scene.Book.GrantsAskedFor);
    }

    [Fact]
    public async Task A_consent_asked_for_a_merged_away_id_is_granted_on_the_survivor()
    {
        var scene = await ConsentScene.CreateAsync();

        var outcome = await Grant(scene).RunAsync(Portal, ConsentScene.MergedAway, ConsentScene.College, Terms, CancellationToken.None);

        var granted = Assert.IsType<GrantOutcome.Granted>(outcome).Consent;
        Assert.Equal((ConsentScene.Student, ConsentScene.College), (granted.PersonId, granted.RecipientOrgId));
        Assert.Equal([ConsentScene.Student], scene.Book.GrantsAskedFor);
    }

    [Fact]
    public async Task The_grant_names_the_portal_client_and_the_student_session_it_was_made_in()
    {
        var scene = await ConsentScene.CreateAsync();

        await Grant(scene).RunAsync(Portal with { StudentSession = "sess-42" }, ConsentScene.Student, ConsentScene.College, Terms, CancellationToken.None);
        await Grant(scene).RunAsync(Portal, ConsentScene.Student, ConsentScene.College, Terms, CancellationToken.None);

        Assert.Equal([new ConsentAttestation("cl_portal", "sess-42"), new ConsentAttestation("cl_portal", null)], scene.Book.GrantedBy);
    }

    private static GrantConsent Grant(ConsentScene scene) => new(scene.Identity, scene.Registry, scene.Book, new NothingFollows());

    private sealed class NothingFollows : IConsentGranted
    {
        public Task OnGrantedAsync(Consent consent, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
